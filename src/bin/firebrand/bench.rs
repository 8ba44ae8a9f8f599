//! `firebrand bench`: time whole-process runs of the benchmark workloads.
//!
//! Reproduces the method of the seed `benchmark.py`: every run is a fresh
//! child process executing `-c "<stmt>"` in the workloads directory, timed
//! from spawn to exit. Runs are interleaved (`FIREBRAND_JIT=0`, then
//! `FIREBRAND_JIT=1`, then the optional compare interpreter) so that machine
//! noise hits every setting equally. Results are summarised per workload, in
//! a final table, and optionally as JSON.
//!
//! Every firebrand child also runs with `FIREBRAND_STATS_JSON=<temp file>` and
//! reports its tier statistics totals (compilations, deoptimisations, compile time,
//! native code size) and peak resident memory there; the report shows them per
//! setting (medians over the runs) and the JSON carries them under each setting.
//!
//! `--curve` is the warm-up view instead: one process per setting calls the
//! workload function `--curve-calls` times, timing each call inside the process
//! with `time.perf_counter()`, and the report shows each call's time and its ratio
//! to the first call, so the speed-up from tier 0 to tier 1 (and 2) shows in one
//! process.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Whether `FIREBRAND_JIT=1` actually enables a JIT tier in this build.
///
/// While this is `false` the header notes that both settings run the same tiers.
pub const JIT_AVAILABLE: bool = true;

/// The benchmark workloads: `(name, statement)`, run as `-c "<statement>"`.
pub const WORKLOADS: &[(&str, &str)] = &[
    (
        "mandelbrot",
        "from workloads import mandelbrot; print(mandelbrot())",
    ),
    (
        "dijkstra",
        "from workloads import dijkstra; print(dijkstra())",
    ),
    (
        "levenshtein_batch",
        "from workloads import levenshtein_batch; print(levenshtein_batch())",
    ),
];

/// Names accepted by `--only`, in [`WORKLOADS`] order.
const WORKLOAD_NAMES: [&str; 3] = ["mandelbrot", "dijkstra", "levenshtein_batch"];

/// The arguments of each workload call in `--curve` mode: sizes at which one call
/// takes about 0.2–0.6 s in the interpreter, so that the default ten calls of
/// both settings stay well under 30 s per workload (dijkstra runs at full size).
pub const CURVE_ARGS: &[(&str, &str)] = &[
    ("mandelbrot", "400, 400, 300"),
    ("dijkstra", "10000, 50, 123"),
    ("levenshtein_batch", "2000, 7, 50"),
];

/// Marks the lines a `--curve` child prints per call: `@@curve CALL SECS RESULT`.
const CURVE_MARK: &str = "@@curve";

/// Options of `firebrand bench`.
#[derive(clap::Args, Debug, Clone, PartialEq)]
pub struct BenchArgs {
    /// Runs per setting; each run is a fresh process (not used with --curve).
    #[arg(long, value_name = "N", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub runs: u32,

    /// Also time this Python interpreter (a single program path, e.g. /usr/bin/python3.11).
    #[arg(long, value_name = "CMD")]
    pub compare: Option<PathBuf>,

    /// Write the results as JSON to FILE (nothing is written without this option);
    /// with --curve, the per-call times.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Directory containing workloads.py [default: <source tree>/benches].
    #[arg(long, value_name = "DIR")]
    pub workloads: Option<PathBuf>,

    /// Run only this workload (repeatable).
    #[arg(long, value_name = "NAME",
          value_parser = clap::builder::PossibleValuesParser::new(WORKLOAD_NAMES))]
    pub only: Vec<String>,

    /// Warm-up curve: per setting, ONE process calls each workload --curve-calls
    /// times and times every call inside the process; prints call #, time, ratio to
    /// the first call, and the tier statistics after the run.
    #[arg(long)]
    pub curve: bool,

    /// Calls of the workload function per process with --curve.
    #[arg(long, value_name = "N", default_value_t = 10, requires = "curve",
          value_parser = clap::value_parser!(u32).range(1..))]
    pub curve_calls: u32,

    /// The call's arguments with --curve, as Python source (e.g. "1000, 10, 123")
    /// instead of the reduced defaults (mandelbrot 400, 400, 300; dijkstra 10000,
    /// 50, 123; levenshtein_batch 2000, 7, 50); needs exactly one --only.
    #[arg(long, value_name = "ARGS", requires = "curve")]
    pub curve_args: Option<String>,

    /// Whether `FIREBRAND_JIT=1` enables a JIT (set by the caller, not a CLI option).
    #[arg(skip = JIT_AVAILABLE)]
    pub jit_available: bool,
}

impl Default for BenchArgs {
    fn default() -> Self {
        BenchArgs {
            runs: 10,
            compare: None,
            json: None,
            workloads: None,
            only: Vec::new(),
            curve: false,
            curve_calls: 10,
            curve_args: None,
            jit_available: JIT_AVAILABLE,
        }
    }
}

/// The default workloads directory: `benches/` in the crate's source tree.
pub fn default_workloads_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches")
}

/// Runs the benchmark, printing progress and results to stdout.
///
/// `firebrand_exe` is the interpreter to time (normally `std::env::current_exe()`).
/// Any failure (bad options, a child process that cannot start or exits
/// non-zero, an unwritable JSON file) is returned as `Err` with a readable message.
pub fn run(args: &BenchArgs, firebrand_exe: &Path) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    run_to(args, firebrand_exe, &mut out)
}

/// [`run`], writing the report to `out` instead of stdout.
fn run_to(args: &BenchArgs, firebrand_exe: &Path, out: &mut dyn Write) -> Result<(), String> {
    let plan = Plan::new(args, firebrand_exe)?;
    if args.curve {
        return run_curve(args, &plan, out);
    }
    write_header(&plan, args.jit_available, out).map_err(io_err)?;

    let mut results = Vec::new();
    for &(name, stmt) in &plan.workloads {
        wln(out, format_args!("=== {name} ==="))?;
        let result = measure_workload(&plan, name, stmt, out)?;
        let mut block = summary_lines(&result);
        block.extend(stats_lines(&result));
        block.extend(warning_lines(&result));
        for line in block {
            wln(out, format_args!("{line}"))?;
        }
        wln(out, format_args!(""))?;
        results.push(result);
    }

    let compare_label = plan.compare.as_ref().map(|c| c.label.as_str());
    wln(out, format_args!("=== summary ==="))?;
    write!(out, "{}", summary_table(&results, compare_label)).map_err(io_err)?;

    match &args.json {
        Some(path) => {
            let cmd = args.compare.as_ref().map(|c| c.display().to_string());
            let json = results_json(&results, cmd.as_deref()).render();
            std::fs::write(path, json + "\n").map_err(|e| {
                format!("could not write JSON results to `{}`: {e}", path.display())
            })?;
            let shown = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            wln(out, format_args!("Wrote: {}", shown.display()))?;
        }
        None => wln(out, format_args!("(pass --json FILE to save the results)"))?,
    }
    Ok(())
}

fn io_err(e: io::Error) -> String {
    format!("could not write the report: {e}")
}

/// Writes one line to `out`, mapping I/O errors to `String`.
fn wln(out: &mut dyn Write, line: std::fmt::Arguments) -> Result<(), String> {
    writeln!(out, "{line}").map_err(io_err)
}

// ---------------------------------------------------------------------------
// Plan: validated settings for a benchmark session
// ---------------------------------------------------------------------------

/// How a target is launched.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// firebrand with `FIREBRAND_JIT=<jit>`.
    Firebrand { jit: u8 },
    /// The compare interpreter, with `PYTHONPATH` set to the workloads dir.
    Compare,
}

/// One interpreter setting that gets timed.
#[derive(Debug, Clone)]
struct Target {
    /// Short name in reports: `JIT=0`, `JIT=1` or the compare program's file name.
    label: String,
    program: PathBuf,
    kind: Kind,
}

/// Everything a benchmark session needs, validated up front.
#[derive(Debug)]
struct Plan {
    firebrand: PathBuf,
    compare: Option<Target>,
    workloads_dir: PathBuf,
    runs: u32,
    workloads: Vec<(&'static str, &'static str)>,
}

impl Plan {
    fn new(args: &BenchArgs, firebrand_exe: &Path) -> Result<Plan, String> {
        if args.runs == 0 {
            return Err("--runs must be at least 1".to_string());
        }
        let firebrand = absolute(firebrand_exe)?;
        if !firebrand.is_file() {
            return Err(format!(
                "firebrand executable `{}` not found",
                firebrand.display()
            ));
        }
        let dir = args.workloads.clone().unwrap_or_else(default_workloads_dir);
        let workloads_dir = absolute(&dir)?;
        if !workloads_dir.is_dir() {
            return Err(format!(
                "workloads directory `{}` does not exist (pass --workloads DIR)",
                workloads_dir.display()
            ));
        }
        if !workloads_dir.join("workloads.py").is_file() {
            return Err(format!(
                "no workloads.py in `{}` (pass --workloads DIR)",
                workloads_dir.display()
            ));
        }
        let compare = match &args.compare {
            Some(cmd) => Some(compare_target(cmd)?),
            None => None,
        };
        if let Some(c) = compare.as_ref().filter(|c| !program_exists(&c.program)) {
            return Err(format!(
                "compare interpreter `{}` not found",
                c.program.display()
            ));
        }
        if let Some(json) = &args.json {
            check_json_destination(json)?;
        }
        let workloads = select_workloads(&args.only)?;
        if args.curve_args.is_some() && workloads.len() != 1 {
            return Err(
                "--curve-args needs exactly one workload (pass one --only NAME)".to_string(),
            );
        }
        Ok(Plan {
            firebrand,
            compare,
            workloads_dir,
            runs: args.runs,
            workloads,
        })
    }

    /// The targets of one interleaved round, in run order.
    fn targets(&self) -> Vec<Target> {
        let mut targets: Vec<Target> = [0u8, 1]
            .iter()
            .map(|&jit| Target {
                label: format!("JIT={jit}"),
                program: self.firebrand.clone(),
                kind: Kind::Firebrand { jit },
            })
            .collect();
        targets.extend(self.compare.clone());
        targets
    }
}

/// Makes `path` absolute (relative to the current directory) without resolving symlinks.
fn absolute(path: &Path) -> Result<PathBuf, String> {
    std::path::absolute(path).map_err(|e| format!("bad path `{}`: {e}", path.display()))
}

/// Whether `program` names an existing file, looking bare names up on `PATH`.
fn program_exists(program: &Path) -> bool {
    if program.components().count() > 1 {
        return program.is_file();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).any(|dir| dir.join(program).is_file())
}

/// Fails early (before any run) when the JSON file's directory does not exist.
fn check_json_destination(json: &Path) -> Result<(), String> {
    let parent = match json.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if parent.is_dir() {
        Ok(())
    } else {
        Err(format!(
            "cannot write JSON results to `{}`: directory `{}` does not exist",
            json.display(),
            parent.display()
        ))
    }
}

/// The compare target: a path with a directory part is made absolute (the
/// child runs in another directory); a bare name is looked up on `PATH`.
fn compare_target(cmd: &Path) -> Result<Target, String> {
    if cmd.as_os_str().is_empty() {
        return Err("--compare needs a program path".to_string());
    }
    let program = if cmd.components().count() > 1 {
        absolute(cmd)?
    } else {
        cmd.to_path_buf()
    };
    let label = cmd
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| cmd.display().to_string());
    Ok(Target {
        label,
        program,
        kind: Kind::Compare,
    })
}

/// The workloads named by `--only` (all of them when `only` is empty), in table order.
fn select_workloads(only: &[String]) -> Result<Vec<(&'static str, &'static str)>, String> {
    if let Some(unknown) = only.iter().find(|n| !WORKLOADS.iter().any(|(w, _)| w == n)) {
        return Err(format!(
            "unknown workload `{unknown}` (available: {})",
            WORKLOAD_NAMES.join(", ")
        ));
    }
    Ok(WORKLOADS
        .iter()
        .filter(|(name, _)| only.is_empty() || only.iter().any(|o| o == name))
        .copied()
        .collect())
}

fn write_header(plan: &Plan, jit_available: bool, out: &mut dyn Write) -> io::Result<()> {
    let labels: Vec<String> = plan.targets().into_iter().map(|t| t.label).collect();
    writeln!(out, "Using firebrand: {}", plan.firebrand.display())?;
    if let Some(c) = &plan.compare {
        writeln!(out, "Compare with: {}", c.program.display())?;
    }
    writeln!(out, "Workloads dir: {}", plan.workloads_dir.display())?;
    writeln!(
        out,
        "Runs per setting: {} (interleaved: {})",
        plan.runs,
        labels.join(", ")
    )?;
    if !jit_available {
        writeln!(
            out,
            "note: FIREBRAND_JIT=1 runs the same tiers as FIREBRAND_JIT=0 until the JIT lands"
        )?;
    }
    writeln!(out)
}

// ---------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------

/// Times and outputs of all runs of one setting.
#[derive(Debug, Clone, Default, PartialEq)]
struct Series {
    times: Vec<f64>,
    outputs: Vec<String>,
    /// What the runs that reported statistics reported.
    stats: Vec<ChildStats>,
}

/// Runs one workload `plan.runs` times per target, interleaved, printing each round.
fn measure_workload(
    plan: &Plan,
    name: &str,
    stmt: &str,
    out: &mut dyn Write,
) -> Result<WorkloadResult, String> {
    let targets = plan.targets();
    let mut series = vec![Series::default(); targets.len()];
    for i in 1..=plan.runs {
        write!(out, "    run {i}/{}:", plan.runs).map_err(io_err)?;
        for (k, (target, s)) in targets.iter().zip(series.iter_mut()).enumerate() {
            let run = match run_once(target, &plan.workloads_dir, stmt) {
                Ok(r) => r,
                Err(e) => {
                    let _ = writeln!(out);
                    return Err(e);
                }
            };
            let sep = if k == 0 { " " } else { "  " };
            write!(out, "{sep}{} {:.6}s", target.label, run.secs).map_err(io_err)?;
            out.flush().map_err(io_err)?;
            s.times.push(run.secs);
            s.outputs.push(run.output);
            s.stats.extend(run.stats);
        }
        writeln!(out).map_err(io_err)?;
    }
    let mut settings = targets
        .into_iter()
        .zip(series)
        .map(|(t, s)| Setting::new(t.label, s));
    let missing = || format!("internal error: missing setting for {name}");
    Ok(WorkloadResult {
        name: name.to_string(),
        jit0: settings.next().ok_or_else(missing)??,
        jit1: settings.next().ok_or_else(missing)??,
        compare: settings.next().transpose()?,
    })
}

/// One finished child process.
#[derive(Debug, Clone, PartialEq)]
struct RunOutcome {
    /// Wall seconds from spawn to exit.
    secs: f64,
    /// Its stdout, trimmed.
    output: String,
    /// What a firebrand child wrote to its `FIREBRAND_STATS_JSON` file, if anything.
    stats: Option<ChildStats>,
}

/// Runs `stmt` once as a child process.
fn run_once(target: &Target, workloads_dir: &Path, stmt: &str) -> Result<RunOutcome, String> {
    let mut cmd = command_for(target, workloads_dir)?;
    cmd.arg("-c").arg(stmt);
    let stats_file = match target.kind {
        Kind::Firebrand { .. } => {
            let file = StatsFile::new();
            cmd.env(STATS_JSON_ENV, &file.0);
            Some(file)
        }
        Kind::Compare => None,
    };
    let start = Instant::now();
    let output = cmd.output().map_err(|e| {
        format!(
            "could not start `{}` ({}): {e}",
            target.program.display(),
            describe(target)
        )
    })?;
    let secs = start.elapsed().as_secs_f64();
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!(
            "run failed ({}, {})\n\nStatement:\n{stmt}\n\nSTDOUT:\n{stdout}\n\nSTDERR:\n{stderr}",
            describe(target),
            output.status
        ));
    }
    Ok(RunOutcome {
        secs,
        output: stdout.trim().to_string(),
        stats: stats_file.and_then(|f| f.read()),
    })
}

/// The environment variable a firebrand child writes its statistics file to.
const STATS_JSON_ENV: &str = "FIREBRAND_STATS_JSON";

/// A fresh temporary path for one child's statistics, removed on drop.
struct StatsFile(PathBuf);

impl StatsFile {
    fn new() -> StatsFile {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "firebrand-bench-{}-{n}.stats.json",
            std::process::id()
        ));
        let _ = std::fs::remove_file(&path);
        StatsFile(path)
    }

    /// The statistics the child wrote; `None` if it wrote none (or garbage).
    fn read(&self) -> Option<ChildStats> {
        ChildStats::parse(&std::fs::read_to_string(&self.0).ok()?)
    }
}

impl Drop for StatsFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// What one firebrand child reports through `FIREBRAND_STATS_JSON`: the totals of
/// `Engine::stats()` that the bench shows, and the peak resident memory.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct ChildStats {
    /// Highest tier reached by any function.
    tier: u64,
    compilations: u64,
    deoptimizations: u64,
    compile_micros: u64,
    /// Bytes of native code.
    code_size: u64,
    /// Peak resident set size (`VmHWM`), where the platform reports it.
    peak_rss_kib: Option<u64>,
}

impl ChildStats {
    /// Parses the flat JSON object `firebrand` writes (`{"tier": 1, ..., "peak_rss_kib":
    /// null}`). Unknown keys are ignored; `None` unless it is an object of integers
    /// and nulls holding at least `compilations` and `deoptimizations`.
    fn parse(text: &str) -> Option<ChildStats> {
        let body = text.trim().strip_prefix('{')?.strip_suffix('}')?;
        let mut stats = ChildStats::default();
        let (mut compilations, mut deoptimizations) = (false, false);
        for field in body.split(',').filter(|f| !f.trim().is_empty()) {
            let (key, value) = field.split_once(':')?;
            let key = key.trim().strip_prefix('"')?.strip_suffix('"')?;
            let value = match value.trim() {
                "null" => None,
                v => Some(v.parse::<u64>().ok()?),
            };
            match key {
                "tier" => stats.tier = value.unwrap_or(0),
                "compilations" => {
                    stats.compilations = value?;
                    compilations = true;
                }
                "deoptimizations" => {
                    stats.deoptimizations = value?;
                    deoptimizations = true;
                }
                "compile_micros" => stats.compile_micros = value.unwrap_or(0),
                "code_size" => stats.code_size = value.unwrap_or(0),
                "peak_rss_kib" => stats.peak_rss_kib = value,
                _ => {}
            }
        }
        (compilations && deoptimizations).then_some(stats)
    }
}

/// Statistics of one setting over its runs: the median of every counter over the
/// runs that reported statistics (the lower middle value for an even count, so
/// counters stay integers), and the largest peak memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct StatsSummary {
    /// Runs that reported statistics.
    samples: usize,
    tier: u64,
    compilations: u64,
    deoptimizations: u64,
    compile_micros: u64,
    code_size: u64,
    peak_rss_kib: Option<u64>,
    peak_rss_kib_max: Option<u64>,
}

impl StatsSummary {
    /// `None` when no run reported statistics.
    fn of(runs: &[ChildStats]) -> Option<StatsSummary> {
        let mid = |f: fn(&ChildStats) -> u64| lower_median(runs.iter().map(f).collect());
        let rss: Vec<u64> = runs.iter().filter_map(|s| s.peak_rss_kib).collect();
        Some(StatsSummary {
            samples: runs.len(),
            tier: mid(|s| s.tier)?,
            compilations: mid(|s| s.compilations)?,
            deoptimizations: mid(|s| s.deoptimizations)?,
            compile_micros: mid(|s| s.compile_micros)?,
            code_size: mid(|s| s.code_size)?,
            peak_rss_kib: lower_median(rss.clone()),
            peak_rss_kib_max: rss.into_iter().max(),
        })
    }
}

/// The middle value (the lower of the two middle ones for an even count).
fn lower_median(mut values: Vec<u64>) -> Option<u64> {
    values.sort_unstable();
    values.get(values.len().checked_sub(1)? / 2).copied()
}

/// `peak RSS of jit1 / peak RSS of jit0`, when both are known.
fn rss_ratio(jit0: Option<&StatsSummary>, jit1: Option<&StatsSummary>) -> Option<f64> {
    let a = jit0?.peak_rss_kib?;
    let b = jit1?.peak_rss_kib?;
    Some(ratio(b as f64, a as f64))
}

/// The process for one run of `target`, minus the `-c <stmt>` arguments.
fn command_for(target: &Target, workloads_dir: &Path) -> Result<Command, String> {
    let mut cmd = Command::new(&target.program);
    cmd.current_dir(workloads_dir).stdin(Stdio::null());
    match target.kind {
        Kind::Firebrand { jit } => {
            cmd.env("FIREBRAND_JIT", jit.to_string());
        }
        Kind::Compare => {
            cmd.env("PYTHONPATH", pythonpath_with(workloads_dir)?);
        }
    }
    Ok(cmd)
}

/// `dir` prepended to the current `PYTHONPATH`.
fn pythonpath_with(dir: &Path) -> Result<std::ffi::OsString, String> {
    let existing = std::env::var_os("PYTHONPATH").unwrap_or_default();
    let paths = std::iter::once(dir.to_path_buf()).chain(std::env::split_paths(&existing));
    std::env::join_paths(paths)
        .map_err(|e| format!("cannot put `{}` on PYTHONPATH: {e}", dir.display()))
}

/// Human description of a target's settings, for error messages.
fn describe(target: &Target) -> String {
    match target.kind {
        Kind::Firebrand { jit } => format!("firebrand FIREBRAND_JIT={jit}"),
        Kind::Compare => format!("compare interpreter {}", target.label),
    }
}

// ---------------------------------------------------------------------------
// Warm-up curve (--curve)
// ---------------------------------------------------------------------------

/// The `-c` program of one `--curve` process: imports the workload, then calls it
/// `calls` times, printing `@@curve CALL SECS RESULT` after each call.
fn curve_statement(name: &str, call_args: &str, calls: u32) -> String {
    format!(
        "import time\n\
         from workloads import {name} as _workload\n\
         for _call in range({calls}):\n    \
         _start = time.perf_counter()\n    \
         _result = _workload({call_args})\n    \
         _secs = time.perf_counter() - _start\n    \
         print('{CURVE_MARK}', _call + 1, repr(_secs), repr(_result))\n"
    )
}

/// The arguments of `name`'s calls with `--curve`: `--curve-args` or [`CURVE_ARGS`].
fn curve_args_for(name: &str, args: &BenchArgs) -> String {
    match &args.curve_args {
        Some(a) => a.trim().to_string(),
        None => CURVE_ARGS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| a.to_string())
            .unwrap_or_default(),
    }
}

/// The per-call times and results in a `--curve` child's stdout (other lines are
/// the workload's own output and are skipped).
fn parse_curve_output(stdout: &str, calls: u32) -> Result<(Vec<f64>, Vec<String>), String> {
    let mut times = Vec::new();
    let mut results = Vec::new();
    for line in stdout.lines() {
        let Some(rest) = line
            .strip_prefix(CURVE_MARK)
            .and_then(|r| r.strip_prefix(' '))
        else {
            continue;
        };
        let mut parts = rest.splitn(3, ' ');
        let call = parts.next().and_then(|c| c.parse::<usize>().ok());
        let secs = parts.next().and_then(|t| t.parse::<f64>().ok());
        let (Some(call), Some(secs)) = (call, secs) else {
            return Err(format!("malformed curve line {line:?}"));
        };
        if call != times.len() + 1 {
            return Err(format!("expected call {}, got {line:?}", times.len() + 1));
        }
        times.push(secs);
        results.push(parts.next().unwrap_or("").to_string());
    }
    if times.len() != calls as usize {
        return Err(format!(
            "expected {calls} `{CURVE_MARK}` lines, got {}",
            times.len()
        ));
    }
    Ok((times, results))
}

/// One setting's `--curve` process.
#[derive(Debug, Clone, PartialEq)]
struct CurveRun {
    label: String,
    /// Seconds of each call, in call order (at least one).
    times: Vec<f64>,
    /// `repr` of each call's result.
    results: Vec<String>,
    /// Wall seconds of the whole process (start-up and import included).
    process_secs: f64,
    /// What a firebrand child reported.
    stats: Option<ChildStats>,
}

impl CurveRun {
    /// Each call's time divided by the first call's.
    fn ratios_to_first(&self) -> Vec<f64> {
        let first = self.times.first().copied().unwrap_or(0.0);
        self.times.iter().map(|&t| ratio(t, first)).collect()
    }

    fn stats_summary(&self) -> Option<StatsSummary> {
        StatsSummary::of(self.stats.as_slice())
    }

    /// `JIT=1: call 1 0.551s, later calls median 0.501s (0.909x of call 1), fastest ...`.
    fn summary_line(&self) -> String {
        let first = self.times[0];
        let rest = &self.times[1..];
        let Some(later) = median(rest) else {
            return format!("    {}: one call, {first:.6}s", self.label);
        };
        let (best_call, best) = self
            .times
            .iter()
            .copied()
            .enumerate()
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .unwrap_or((0, first));
        format!(
            "    {}: call 1 {first:.6}s, later calls median {later:.6}s ({:.3}x of call 1), \
             fastest {best:.6}s (call {})",
            self.label,
            ratio(later, first),
            best_call + 1
        )
    }
}

/// The `--curve` results of one workload.
#[derive(Debug, Clone, PartialEq)]
struct CurveResult {
    name: String,
    /// The timed call, e.g. `mandelbrot(400, 400, 300)`.
    call: String,
    jit0: CurveRun,
    jit1: CurveRun,
    compare: Option<CurveRun>,
}

impl CurveResult {
    fn runs(&self) -> Vec<&CurveRun> {
        [&self.jit0, &self.jit1]
            .into_iter()
            .chain(&self.compare)
            .collect()
    }

    /// JIT=0 time / JIT=1 time, call by call.
    fn speedups(&self) -> Vec<f64> {
        self.jit0
            .times
            .iter()
            .zip(&self.jit1.times)
            .map(|(&a, &b)| ratio(a, b))
            .collect()
    }

    fn rss_ratio(&self) -> Option<f64> {
        rss_ratio(
            self.jit0.stats_summary().as_ref(),
            self.jit1.stats_summary().as_ref(),
        )
    }
}

/// `firebrand bench --curve`: one process per setting and workload.
fn run_curve(args: &BenchArgs, plan: &Plan, out: &mut dyn Write) -> Result<(), String> {
    write_curve_header(plan, args, out).map_err(io_err)?;
    let calls = args.curve_calls;
    let mut results = Vec::new();
    for &(name, _) in &plan.workloads {
        let call = format!("{name}({})", curve_args_for(name, args));
        wln(
            out,
            format_args!("=== {name}: {calls} calls of {call}, one process per setting ==="),
        )?;
        let stmt = curve_statement(name, &curve_args_for(name, args), calls);
        let mut runs = Vec::new();
        for target in plan.targets() {
            write!(out, "    {}: ", target.label).map_err(io_err)?;
            out.flush().map_err(io_err)?;
            let run = run_once(&target, &plan.workloads_dir, &stmt)
                .and_then(|o| {
                    let (times, results) = parse_curve_output(&o.output, calls).map_err(|e| {
                        format!(
                            "bad --curve output ({}): {e}\n\nSTDOUT:\n{}",
                            describe(&target),
                            o.output
                        )
                    })?;
                    Ok(CurveRun {
                        label: target.label.clone(),
                        times,
                        results,
                        process_secs: o.secs,
                        stats: o.stats,
                    })
                })
                .inspect_err(|_| {
                    let _ = writeln!(out);
                })?;
            wln(out, format_args!("process {:.6}s in all", run.process_secs))?;
            runs.push(run);
        }
        let mut runs = runs.into_iter();
        let missing = || format!("internal error: missing setting for {name}");
        let result = CurveResult {
            name: name.to_string(),
            call,
            jit0: runs.next().ok_or_else(missing)?,
            jit1: runs.next().ok_or_else(missing)?,
            compare: runs.next(),
        };
        wln(out, format_args!(""))?;
        write!(out, "{}", curve_table(&result)).map_err(io_err)?;
        for line in curve_report_lines(&result) {
            wln(out, format_args!("{line}"))?;
        }
        wln(out, format_args!(""))?;
        results.push(result);
    }
    match &args.json {
        Some(path) => {
            let cmd = args.compare.as_ref().map(|c| c.display().to_string());
            let json = curve_results_json(&results, cmd.as_deref()).render();
            std::fs::write(path, json + "\n").map_err(|e| {
                format!("could not write JSON results to `{}`: {e}", path.display())
            })?;
            let shown = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            wln(out, format_args!("Wrote: {}", shown.display()))?;
        }
        None => wln(out, format_args!("(pass --json FILE to save the results)"))?,
    }
    Ok(())
}

fn write_curve_header(plan: &Plan, args: &BenchArgs, out: &mut dyn Write) -> io::Result<()> {
    let labels: Vec<String> = plan.targets().into_iter().map(|t| t.label).collect();
    writeln!(out, "Using firebrand: {}", plan.firebrand.display())?;
    if let Some(c) = &plan.compare {
        writeln!(out, "Compare with: {}", c.program.display())?;
    }
    writeln!(out, "Workloads dir: {}", plan.workloads_dir.display())?;
    writeln!(
        out,
        "Warm-up curve: {} calls per process, one process per setting ({}), \
         each call timed inside the process",
        args.curve_calls,
        labels.join(", ")
    )?;
    if !args.jit_available {
        writeln!(
            out,
            "note: FIREBRAND_JIT=1 runs the same tiers as FIREBRAND_JIT=0 until the JIT lands"
        )?;
    }
    writeln!(out)
}

/// The per-call table: call #, then per setting the call's time and its ratio to
/// the setting's first call, then the JIT=0/JIT=1 speedup of that call.
fn curve_table(r: &CurveResult) -> String {
    let runs = r.runs();
    let mut header = vec!["call".to_string()];
    for run in &runs {
        header.push(run.label.clone());
        header.push(format!("{} ratio", run.label));
    }
    header.push("speedup".to_string());
    let ratios: Vec<Vec<f64>> = runs.iter().map(|run| run.ratios_to_first()).collect();
    let speedups = r.speedups();
    let rows: Vec<Vec<String>> = (0..r.jit0.times.len())
        .map(|i| {
            let at = |xs: &[f64]| xs.get(i).copied().unwrap_or(f64::NAN);
            let mut row = vec![format!("{:>4}", i + 1)];
            for (run, ratios) in runs.iter().zip(&ratios) {
                row.push(format!("{:.6}s", at(&run.times)));
                row.push(format!("{:.3}x", at(ratios)));
            }
            row.push(format!("{:.3}x", at(&speedups)));
            row
        })
        .collect();
    let mut text = format_table(&header, &rows);
    text.push_str(
        "(ratio = the call's time / call 1's time in the same process, < 1 means faster; \
         speedup = JIT=0/JIT=1 of the same call)\n",
    );
    text
}

/// After the table: per setting its first and later calls, the statistics, warnings.
fn curve_report_lines(r: &CurveResult) -> Vec<String> {
    let mut lines: Vec<String> = r.runs().iter().map(|run| run.summary_line()).collect();
    let settings = [
        (r.jit0.label.as_str(), r.jit0.stats_summary()),
        (r.jit1.label.as_str(), r.jit1.stats_summary()),
    ];
    lines.extend(settings_stats_lines(&settings, r.rss_ratio()));
    for run in r.runs() {
        if run.results.iter().any(|x| *x != run.results[0]) {
            lines.push(format!(
                "  !! WARNING: {} results differ across calls",
                run.label
            ));
        }
    }
    fn values(run: &CurveRun) -> (&str, &[String]) {
        (&run.label, &run.results)
    }
    lines.extend(disagreement_lines(
        values(&r.jit0),
        values(&r.jit1),
        r.compare.as_ref().map(values),
        "results differ",
    ));
    lines
}

// ---------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------

/// Summary statistics of a non-empty list of run times (seconds).
#[derive(Debug, Clone, PartialEq)]
struct Summary {
    avg: f64,
    min: f64,
    max: f64,
    median: f64,
    runs: Vec<f64>,
}

impl Summary {
    /// `None` when `times` is empty.
    fn of(times: &[f64]) -> Option<Summary> {
        let median = median(times)?;
        Some(Summary {
            avg: times.iter().sum::<f64>() / times.len() as f64,
            min: times.iter().copied().fold(f64::INFINITY, f64::min),
            max: times.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            median,
            runs: times.to_vec(),
        })
    }
}

/// Median; the mean of the two middle values for an even count; `None` when empty.
fn median(times: &[f64]) -> Option<f64> {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// `a / b`, or infinity when `b` is zero (as the seed does).
fn ratio(a: f64, b: f64) -> f64 {
    if b != 0.0 { a / b } else { f64::INFINITY }
}

/// `(new - old) / old` in percent, or 0 when `old` is zero (as the seed does).
fn delta_pct(old: f64, new: f64) -> f64 {
    if old != 0.0 {
        (new - old) / old * 100.0
    } else {
        0.0
    }
}

/// The results of one setting on one workload.
#[derive(Debug, Clone, PartialEq)]
struct Setting {
    label: String,
    summary: Summary,
    outputs: Vec<String>,
    /// The statistics of the runs that reported them (firebrand children only).
    stats: Vec<ChildStats>,
}

impl Setting {
    fn new(label: String, series: Series) -> Result<Setting, String> {
        let summary =
            Summary::of(&series.times).ok_or_else(|| format!("no runs recorded for {label}"))?;
        Ok(Setting {
            label,
            summary,
            outputs: series.outputs,
            stats: series.stats,
        })
    }

    fn stats_summary(&self) -> Option<StatsSummary> {
        StatsSummary::of(&self.stats)
    }
}

/// All results of one workload.
#[derive(Debug, Clone, PartialEq)]
struct WorkloadResult {
    name: String,
    jit0: Setting,
    jit1: Setting,
    compare: Option<Setting>,
}

impl WorkloadResult {
    /// JIT=0 avg / JIT=1 avg (the seed's speedup).
    fn speedup_avg(&self) -> f64 {
        ratio(self.jit0.summary.avg, self.jit1.summary.avg)
    }

    /// JIT=0 median / JIT=1 median.
    fn speedup_median(&self) -> f64 {
        ratio(self.jit0.summary.median, self.jit1.summary.median)
    }

    /// Change of the JIT=1 avg relative to the JIT=0 avg, in percent.
    fn delta_pct(&self) -> f64 {
        delta_pct(self.jit0.summary.avg, self.jit1.summary.avg)
    }

    /// Median of `setting` as a ratio of the compare interpreter's median.
    fn ratio_vs_compare(&self, setting: &Setting) -> Option<f64> {
        let cmp = self.compare.as_ref()?;
        Some(ratio(setting.summary.median, cmp.summary.median))
    }

    /// Median peak memory of JIT=1 as a ratio of JIT=0's.
    fn rss_ratio(&self) -> Option<f64> {
        rss_ratio(
            self.jit0.stats_summary().as_ref(),
            self.jit1.stats_summary().as_ref(),
        )
    }
}

// ---------------------------------------------------------------------------
// Text report
// ---------------------------------------------------------------------------

/// The per-workload summary block (without warnings).
fn summary_lines(r: &WorkloadResult) -> Vec<String> {
    let settings: Vec<&Setting> = [&r.jit0, &r.jit1].into_iter().chain(&r.compare).collect();
    let width = settings.iter().map(|s| s.label.len()).max().unwrap_or(0);
    let mut lines = vec![
        String::new(),
        format!("  Summary ({} runs each):", r.jit0.summary.runs.len()),
    ];
    for s in &settings {
        let m = &s.summary;
        lines.push(format!(
            "    {:<width$}  avg {:.6}s  median {:.6}s  (min {:.6}, max {:.6})",
            s.label, m.avg, m.median, m.min, m.max
        ));
    }
    lines.push(format!(
        "    Speedup (JIT=0 / JIT=1): {:.3}x on avg (Δ={:+.2}%), {:.3}x on median",
        r.speedup_avg(),
        r.delta_pct(),
        r.speedup_median()
    ));
    if let Some(cmp) = &r.compare {
        for s in [&r.jit0, &r.jit1] {
            if let Some(x) = r.ratio_vs_compare(s) {
                lines.push(format!(
                    "    firebrand {} / {} = {x:.2}x (median)",
                    s.label, cmp.label
                ));
            }
        }
    }
    lines
}

/// The tier statistics and peak memory of the firebrand settings.
fn stats_lines(r: &WorkloadResult) -> Vec<String> {
    let settings = [
        (r.jit0.label.as_str(), r.jit0.stats_summary()),
        (r.jit1.label.as_str(), r.jit1.stats_summary()),
    ];
    settings_stats_lines(&settings, r.rss_ratio())
}

/// One `stats (LABEL): ...` line per setting, then the peak memory ratio; a single
/// note instead when no setting reported statistics.
fn settings_stats_lines(
    settings: &[(&str, Option<StatsSummary>)],
    rss_ratio: Option<f64>,
) -> Vec<String> {
    if settings.iter().all(|(_, s)| s.is_none()) {
        return vec![format!(
            "    stats: not reported by the firebrand child processes ({STATS_JSON_ENV})"
        )];
    }
    let mut lines: Vec<String> = settings
        .iter()
        .map(|(label, s)| match s {
            Some(s) => format!("    stats ({label}): {}", describe_stats(s)),
            None => format!("    stats ({label}): not reported"),
        })
        .collect();
    if let Some(x) = rss_ratio {
        let (a, b) = (settings[0].0, settings[1].0);
        lines.push(format!("    peak RSS {b} / {a}: {x:.2}x"));
    }
    lines
}

/// `tier 1, 3 compilations, 0 deopts, 1.2 ms compiling, 14.0 KiB code, peak RSS 25.3 MiB`.
fn describe_stats(s: &StatsSummary) -> String {
    let mut text = format!(
        "tier {}, {}, {}, {:.1} ms compiling, {:.1} KiB code",
        s.tier,
        plural(s.compilations, "compilation"),
        plural(s.deoptimizations, "deopt"),
        s.compile_micros as f64 / 1000.0,
        s.code_size as f64 / 1024.0,
    );
    match s.peak_rss_kib {
        Some(kib) => text.push_str(&format!(", peak RSS {}", mib(kib))),
        None => text.push_str(", peak RSS n/a"),
    }
    if s.samples > 1 {
        match s.peak_rss_kib_max {
            Some(max) => text.push_str(&format!(
                " (medians of {} runs; peak RSS max {})",
                s.samples,
                mib(max)
            )),
            None => text.push_str(&format!(" (medians of {} runs)", s.samples)),
        }
    }
    text
}

/// KiB as `12.3 MiB`.
fn mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

/// `1 compilation`, `3 compilations`.
fn plural(n: u64, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Warnings about unstable outputs and outputs that disagree between settings.
fn warning_lines(r: &WorkloadResult) -> Vec<String> {
    let mut lines = Vec::new();
    let settings: Vec<&Setting> = [&r.jit0, &r.jit1].into_iter().chain(&r.compare).collect();
    for s in &settings {
        if s.outputs.iter().any(|o| *o != s.outputs[0]) {
            lines.push(format!(
                "  !! WARNING: {} output differs across runs (nondeterministic workload?)",
                s.label
            ));
        }
    }
    fn values(s: &Setting) -> (&str, &[String]) {
        (&s.label, &s.outputs)
    }
    lines.extend(disagreement_lines(
        values(&r.jit0),
        values(&r.jit1),
        r.compare.as_ref().map(values),
        "output differs",
    ));
    lines
}

/// Warnings where one setting's values (label, values) differ from another's:
/// JIT=1 from JIT=0, and each from the compared interpreter. `what` says what
/// differs ("output differs", "results differ").
fn disagreement_lines(
    jit0: (&str, &[String]),
    jit1: (&str, &[String]),
    compare: Option<(&str, &[String])>,
    what: &str,
) -> Vec<String> {
    let mut pairs = vec![(jit1, jit0, "JIT=1".to_string())];
    if let Some(cmp) = compare {
        for ours in [jit0, jit1] {
            pairs.push((ours, cmp, format!("firebrand {}", ours.0)));
        }
    }
    pairs
        .into_iter()
        .filter_map(|(ours, theirs, name)| {
            let (a, b) = first_difference(ours.1, theirs.1)?;
            Some(format!(
                "  !! WARNING: {name} {what} from {}: {} vs {}",
                theirs.0,
                clip(a),
                clip(b)
            ))
        })
        .collect()
}

/// The first pair of outputs (of the same run) that differ.
fn first_difference<'a>(a: &'a [String], b: &'a [String]) -> Option<(&'a str, &'a str)> {
    a.iter()
        .zip(b)
        .find(|(x, y)| x != y)
        .map(|(x, y)| (x.as_str(), y.as_str()))
}

/// An output quoted for a one-line message, shortened to 60 characters.
fn clip(s: &str) -> String {
    const MAX: usize = 60;
    let one_line = s.replace('\n', "\\n");
    if one_line.chars().count() <= MAX {
        format!("{one_line:?}")
    } else {
        let head: String = one_line.chars().take(MAX).collect();
        format!("{head:?}...")
    }
}

/// The final table over all workloads (medians, speedup, compare ratios).
fn summary_table(results: &[WorkloadResult], compare_label: Option<&str>) -> String {
    let mut header: Vec<String> = ["workload", "JIT=0 median", "JIT=1 median", "speedup"]
        .map(String::from)
        .to_vec();
    if let Some(label) = compare_label {
        header.push(format!("{label} median"));
        header.push(format!("JIT=0/{label}"));
        header.push(format!("JIT=1/{label}"));
    }
    let rows: Vec<Vec<String>> = results.iter().map(table_row).collect();
    let mut text = format_table(&header, &rows);
    text.push_str("(medians; speedup = JIT=0/JIT=1");
    if let Some(label) = compare_label {
        text.push_str(&format!("; JIT=n/{label} < 1 means firebrand is faster"));
    }
    text.push_str(")\n");
    text
}

fn table_row(r: &WorkloadResult) -> Vec<String> {
    let mut row = vec![
        r.name.clone(),
        format!("{:.6}s", r.jit0.summary.median),
        format!("{:.6}s", r.jit1.summary.median),
        format!("{:.3}x", r.speedup_median()),
    ];
    if let Some(cmp) = &r.compare {
        row.push(format!("{:.6}s", cmp.summary.median));
        for s in [&r.jit0, &r.jit1] {
            let x = r.ratio_vs_compare(s).unwrap_or(f64::NAN);
            row.push(format!("{x:.2}x"));
        }
    }
    row
}

/// Aligns `header` and `rows` in columns: first column left-aligned, the
/// others right-aligned, two spaces apart, with a dashed rule under the header.
fn format_table(header: &[String], rows: &[Vec<String>]) -> String {
    let ncols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let render = |cells: &[String]| -> String {
        let parts: Vec<String> = (0..ncols)
            .map(|i| {
                let cell = cells.get(i).map(String::as_str).unwrap_or("");
                if i == 0 {
                    format!("{cell:<w$}", w = widths[i])
                } else {
                    format!("{cell:>w$}", w = widths[i])
                }
            })
            .collect();
        parts.join("  ").trim_end().to_string() + "\n"
    };
    let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
    let mut text = render(header);
    text.push_str(&render(&rule));
    for row in rows {
        text.push_str(&render(row));
    }
    text
}

// ---------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------

/// A minimal JSON value, rendered like Python's `json.dumps(indent=2)`.
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// A number; non-finite values (e.g. an infinite speedup) become `null`.
    fn num(x: f64) -> Json {
        if x.is_finite() {
            Json::Num(x)
        } else {
            Json::Null
        }
    }

    fn obj(fields: Vec<(&str, Json)>) -> Json {
        Json::Obj(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    fn strings(items: &[String]) -> Json {
        Json::Arr(items.iter().cloned().map(Json::Str).collect())
    }

    /// Pretty-printed text with two-space indentation.
    fn render(&self) -> String {
        let mut text = String::new();
        self.render_into(&mut text, 0);
        text
    }

    fn render_into(&self, text: &mut String, depth: usize) {
        let pad = |d: usize| "  ".repeat(d);
        match self {
            Json::Null => text.push_str("null"),
            Json::Num(x) => text.push_str(&x.to_string()),
            Json::Str(s) => text.push_str(&escape_json(s)),
            Json::Arr(items) if items.is_empty() => text.push_str("[]"),
            Json::Obj(fields) if fields.is_empty() => text.push_str("{}"),
            Json::Arr(items) => {
                text.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    text.push_str(&pad(depth + 1));
                    item.render_into(text, depth + 1);
                    text.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                text.push_str(&pad(depth));
                text.push(']');
            }
            Json::Obj(fields) => {
                text.push_str("{\n");
                for (i, (key, value)) in fields.iter().enumerate() {
                    text.push_str(&pad(depth + 1));
                    text.push_str(&escape_json(key));
                    text.push_str(": ");
                    value.render_into(text, depth + 1);
                    text.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
                }
                text.push_str(&pad(depth));
                text.push('}');
            }
        }
    }
}

/// `s` as a quoted JSON string literal.
fn escape_json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn summary_json(s: &Summary) -> Vec<(&'static str, Json)> {
    vec![
        ("avg", Json::num(s.avg)),
        ("min", Json::num(s.min)),
        ("max", Json::num(s.max)),
        ("median", Json::num(s.median)),
        (
            "runs",
            Json::Arr(s.runs.iter().map(|&t| Json::num(t)).collect()),
        ),
    ]
}

/// The statistics keys of a firebrand setting: `stats` (medians over the runs, or
/// `null` when no run reported any), `peak_rss_kib` (median) and `peak_rss_kib_max`.
fn stats_json(s: Option<&StatsSummary>) -> Vec<(&'static str, Json)> {
    let int = |n: u64| Json::Num(n as f64);
    let opt = |n: Option<u64>| n.map_or(Json::Null, int);
    let stats = match s {
        Some(s) => Json::obj(vec![
            ("samples", int(s.samples as u64)),
            ("tier", int(s.tier)),
            ("compilations", int(s.compilations)),
            ("deoptimizations", int(s.deoptimizations)),
            ("compile_micros", int(s.compile_micros)),
            ("code_size", int(s.code_size)),
        ]),
        None => Json::Null,
    };
    vec![
        ("stats", stats),
        ("peak_rss_kib", opt(s.and_then(|s| s.peak_rss_kib))),
        ("peak_rss_kib_max", opt(s.and_then(|s| s.peak_rss_kib_max))),
    ]
}

/// A firebrand setting: its time summary, then its statistics.
fn setting_json(s: &Setting) -> Json {
    let mut fields = summary_json(&s.summary);
    fields.extend(stats_json(s.stats_summary().as_ref()));
    Json::obj(fields)
}

/// One workload's results, with the seed's keys plus medians, compare data and
/// (last) the peak memory ratio.
fn workload_json(r: &WorkloadResult, compare_cmd: Option<&str>) -> Json {
    let mut fields = vec![
        ("workload", Json::Str(r.name.clone())),
        ("jit0", setting_json(&r.jit0)),
        ("jit1", setting_json(&r.jit1)),
        ("speedup_jit0_over_jit1", Json::num(r.speedup_avg())),
        (
            "speedup_median_jit0_over_jit1",
            Json::num(r.speedup_median()),
        ),
        ("delta_pct_jit1_vs_jit0", Json::num(r.delta_pct())),
        (
            "outputs",
            Json::obj(vec![
                ("0", Json::strings(&r.jit0.outputs)),
                ("1", Json::strings(&r.jit1.outputs)),
            ]),
        ),
    ];
    if let Some(cmp) = &r.compare {
        let cmd = compare_cmd.unwrap_or(&cmp.label).to_string();
        let mut obj = vec![("cmd", Json::Str(cmd))];
        obj.extend(summary_json(&cmp.summary));
        obj.push(("outputs", Json::strings(&cmp.outputs)));
        fields.push(("compare", Json::obj(obj)));
        for (key, s) in [
            ("ratio_jit0_vs_compare", &r.jit0),
            ("ratio_jit1_vs_compare", &r.jit1),
        ] {
            let x = r.ratio_vs_compare(s).unwrap_or(f64::NAN);
            fields.push((key, Json::num(x)));
        }
    }
    fields.push((
        "peak_rss_ratio_jit1_over_jit0",
        Json::num(r.rss_ratio().unwrap_or(f64::NAN)),
    ));
    Json::obj(fields)
}

/// The JSON document: an array with one object per workload.
fn results_json(results: &[WorkloadResult], compare_cmd: Option<&str>) -> Json {
    Json::Arr(
        results
            .iter()
            .map(|r| workload_json(r, compare_cmd))
            .collect(),
    )
}

/// One `--curve` process: per-call times, ratios to the first call and results,
/// then (firebrand only) its statistics.
fn curve_run_json(run: &CurveRun, with_stats: bool) -> Vec<(&'static str, Json)> {
    let nums = |xs: &[f64]| Json::Arr(xs.iter().map(|&x| Json::num(x)).collect());
    let mut fields = vec![
        ("times", nums(&run.times)),
        ("ratio_to_first", nums(&run.ratios_to_first())),
        ("process_secs", Json::num(run.process_secs)),
        ("results", Json::strings(&run.results)),
    ];
    if with_stats {
        fields.extend(stats_json(run.stats_summary().as_ref()));
    }
    fields
}

/// The `--curve` JSON document: an array with one object per workload.
fn curve_results_json(results: &[CurveResult], compare_cmd: Option<&str>) -> Json {
    let items = results
        .iter()
        .map(|r| {
            let mut fields = vec![
                ("workload", Json::Str(r.name.clone())),
                ("mode", Json::Str("curve".to_string())),
                ("call", Json::Str(r.call.clone())),
                ("calls", Json::Num(r.jit0.times.len() as f64)),
                ("jit0", Json::obj(curve_run_json(&r.jit0, true))),
                ("jit1", Json::obj(curve_run_json(&r.jit1, true))),
                (
                    "speedup_jit0_over_jit1",
                    Json::Arr(r.speedups().into_iter().map(Json::num).collect()),
                ),
                (
                    "peak_rss_ratio_jit1_over_jit0",
                    Json::num(r.rss_ratio().unwrap_or(f64::NAN)),
                ),
            ];
            if let Some(cmp) = &r.compare {
                let cmd = compare_cmd.unwrap_or(&cmp.label).to_string();
                let mut obj = vec![("cmd", Json::Str(cmd))];
                obj.extend(curve_run_json(cmp, false));
                fields.push(("compare", Json::obj(obj)));
            }
            Json::obj(fields)
        })
        .collect();
    Json::Arr(items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn setting(label: &str, times: &[f64], outputs: &[&str]) -> Setting {
        Setting {
            label: label.to_string(),
            summary: Summary::of(times).expect("non-empty"),
            outputs: outputs.iter().map(|s| s.to_string()).collect(),
            stats: Vec::new(),
        }
    }

    fn result(compare: bool) -> WorkloadResult {
        WorkloadResult {
            name: "mandelbrot".to_string(),
            jit0: setting("JIT=0", &[2.0, 4.0], &["42", "42"]),
            jit1: setting("JIT=1", &[1.0, 3.0], &["42", "42"]),
            compare: compare.then(|| setting("python3.11", &[4.0, 4.0], &["42", "42"])),
        }
    }

    fn keys(json: &Json) -> Vec<&str> {
        match json {
            Json::Obj(fields) => fields.iter().map(|(k, _)| k.as_str()).collect(),
            _ => Vec::new(),
        }
    }

    fn field<'a>(json: &'a Json, key: &str) -> Option<&'a Json> {
        match json {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    #[test]
    fn median_of_odd_count_is_middle_value() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[5.0]), Some(5.0));
    }

    #[test]
    fn median_of_even_count_is_mean_of_middle_values() {
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[1.0, 2.0]), Some(1.5));
    }

    #[test]
    fn median_of_nothing_is_none() {
        assert_eq!(median(&[]), None);
        assert_eq!(Summary::of(&[]), None);
    }

    #[test]
    fn summary_statistics() {
        let s = Summary::of(&[3.0, 1.0, 2.0, 6.0]).expect("non-empty");
        assert_eq!(s.avg, 3.0);
        assert_eq!(s.min, 1.0);
        assert_eq!(s.max, 6.0);
        assert_eq!(s.median, 2.5);
        assert_eq!(s.runs, vec![3.0, 1.0, 2.0, 6.0]);
    }

    #[test]
    fn ratio_and_delta_follow_the_seed_for_zero() {
        assert_eq!(ratio(3.0, 2.0), 1.5);
        assert_eq!(ratio(1.0, 0.0), f64::INFINITY);
        assert_eq!(delta_pct(2.0, 1.0), -50.0);
        assert_eq!(delta_pct(0.0, 1.0), 0.0);
    }

    #[test]
    fn workload_result_derived_numbers() {
        let r = result(true);
        assert_eq!(r.speedup_avg(), 1.5); // avg 3 / avg 2
        assert_eq!(r.speedup_median(), 1.5);
        assert!((r.delta_pct() - (-100.0 / 3.0)).abs() < 1e-9);
        assert_eq!(r.ratio_vs_compare(&r.jit0), Some(0.75));
        assert_eq!(r.ratio_vs_compare(&r.jit1), Some(0.5));
        assert_eq!(result(false).ratio_vs_compare(&r.jit0), None);
    }

    #[test]
    fn json_escaping() {
        assert_eq!(escape_json("plain"), "\"plain\"");
        assert_eq!(escape_json("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(escape_json("l1\nl2\r\t"), r#""l1\nl2\r\t""#);
        assert_eq!(
            escape_json("\u{1}\u{8}\u{c}\u{1f}"),
            r#""\u0001\b\f\u001f""#
        );
        assert_eq!(escape_json("Δ é ✓"), "\"Δ é ✓\"");
    }

    #[test]
    fn json_rendering_is_indented_and_valid() {
        let doc = Json::Arr(vec![
            Json::obj(vec![
                ("a", Json::num(1.5)),
                ("b", Json::Arr(vec![])),
                ("c", Json::num(f64::INFINITY)),
                ("d", Json::strings(&["x".to_string()])),
            ]),
            Json::obj(vec![]),
        ]);
        let expected = "[\n  {\n    \"a\": 1.5,\n    \"b\": [],\n    \"c\": null,\n    \"d\": [\n      \"x\"\n    ]\n  },\n  {}\n]";
        assert_eq!(doc.render(), expected);
    }

    #[test]
    fn json_shape_without_compare() {
        let doc = results_json(&[result(false)], None);
        let Json::Arr(items) = &doc else {
            panic!("not an array")
        };
        assert_eq!(items.len(), 1);
        assert_eq!(
            keys(&items[0]),
            [
                "workload",
                "jit0",
                "jit1",
                "speedup_jit0_over_jit1",
                "speedup_median_jit0_over_jit1",
                "delta_pct_jit1_vs_jit0",
                "outputs",
                "peak_rss_ratio_jit1_over_jit0"
            ]
        );
        let jit0 = field(&items[0], "jit0").expect("jit0");
        assert_eq!(
            keys(jit0),
            [
                "avg",
                "min",
                "max",
                "median",
                "runs",
                "stats",
                "peak_rss_kib",
                "peak_rss_kib_max"
            ]
        );
        assert_eq!(field(jit0, "stats"), Some(&Json::Null));
        assert_eq!(
            field(&items[0], "peak_rss_ratio_jit1_over_jit0"),
            Some(&Json::Null)
        );
        let outputs = field(&items[0], "outputs").expect("outputs");
        assert_eq!(keys(outputs), ["0", "1"]);
        assert_eq!(
            field(&items[0], "speedup_jit0_over_jit1"),
            Some(&Json::Num(1.5))
        );
    }

    #[test]
    fn json_shape_with_compare() {
        let doc = results_json(&[result(true)], Some("/usr/bin/python3.11"));
        let Json::Arr(items) = &doc else {
            panic!("not an array")
        };
        let k = keys(&items[0]);
        assert_eq!(
            &k[7..],
            [
                "compare",
                "ratio_jit0_vs_compare",
                "ratio_jit1_vs_compare",
                "peak_rss_ratio_jit1_over_jit0"
            ]
        );
        let cmp = field(&items[0], "compare").expect("compare");
        assert_eq!(
            keys(cmp),
            ["cmd", "avg", "min", "max", "median", "runs", "outputs"]
        );
        assert_eq!(
            field(cmp, "cmd"),
            Some(&Json::Str("/usr/bin/python3.11".to_string()))
        );
        assert_eq!(
            field(&items[0], "ratio_jit1_vs_compare"),
            Some(&Json::Num(0.5))
        );
        assert!(doc.render().contains("\"cmd\": \"/usr/bin/python3.11\""));
    }

    #[test]
    fn table_aligns_columns() {
        let header = ["name", "time"].map(String::from).to_vec();
        let rows = vec![
            vec!["a".to_string(), "1.5s".to_string()],
            vec!["longer".to_string(), "10.25s".to_string()],
        ];
        let expected = "name      time\n------  ------\na         1.5s\nlonger  10.25s\n";
        assert_eq!(format_table(&header, &rows), expected);
    }

    #[test]
    fn table_counts_characters_not_bytes() {
        let header = ["Δ", "x"].map(String::from).to_vec();
        let rows = vec![vec!["ab".to_string(), "1".to_string()]];
        assert_eq!(format_table(&header, &rows), "Δ   x\n--  -\nab  1\n");
    }

    #[test]
    fn summary_table_with_and_without_compare() {
        let plain = summary_table(&[result(false)], None);
        let lines: Vec<&str> = plain.lines().collect();
        assert_eq!(lines[0], "workload    JIT=0 median  JIT=1 median  speedup");
        assert_eq!(lines[2], "mandelbrot     3.000000s     2.000000s   1.500x");
        assert!(lines[3].starts_with("(medians; speedup = JIT=0/JIT=1"));

        let cmp = summary_table(&[result(true)], Some("python3.11"));
        let lines: Vec<&str> = cmp.lines().collect();
        assert!(lines[0].ends_with("python3.11 median  JIT=0/python3.11  JIT=1/python3.11"));
        assert!(lines[2].ends_with("4.000000s             0.75x             0.50x"));
    }

    #[test]
    fn summary_block_mentions_median_speedup_and_ratios() {
        let text = summary_lines(&result(true)).join("\n");
        assert!(text.contains("Summary (2 runs each):"));
        assert!(text.contains(
            "    JIT=0       avg 3.000000s  median 3.000000s  (min 2.000000, max 4.000000)"
        ));
        assert!(
            text.contains("Speedup (JIT=0 / JIT=1): 1.500x on avg (Δ=-33.33%), 1.500x on median")
        );
        assert!(text.contains("firebrand JIT=0 / python3.11 = 0.75x (median)"));
        assert!(text.contains("firebrand JIT=1 / python3.11 = 0.50x (median)"));
        assert!(
            !summary_lines(&result(false))
                .join("\n")
                .contains("python3.11")
        );
    }

    #[test]
    fn no_warnings_for_stable_agreeing_outputs() {
        assert!(warning_lines(&result(true)).is_empty());
    }

    #[test]
    fn warns_about_unstable_and_disagreeing_outputs() {
        let mut r = result(true);
        r.jit1.outputs = vec!["42".to_string(), "43".to_string()];
        r.compare.as_mut().expect("compare").outputs = vec!["7".to_string(), "7".to_string()];
        let text = warning_lines(&r).join("\n");
        assert!(text.contains("!! WARNING: JIT=1 output differs across runs"));
        assert!(!text.contains("JIT=0 output differs across runs"));
        assert!(text.contains("!! WARNING: JIT=1 output differs from JIT=0: \"43\" vs \"42\""));
        assert!(text.contains(
            "!! WARNING: firebrand JIT=0 output differs from python3.11: \"42\" vs \"7\""
        ));
        assert!(text.contains("!! WARNING: firebrand JIT=1 output differs from python3.11"));
    }

    #[test]
    fn clip_shortens_long_outputs() {
        assert_eq!(clip("a\nb"), "\"a\\\\nb\"");
        let long = "x".repeat(100);
        assert_eq!(clip(&long), format!("\"{}\"...", "x".repeat(60)));
    }

    #[test]
    fn select_workloads_filters_in_table_order() {
        let all = select_workloads(&[]).expect("all");
        assert_eq!(all.len(), 3);
        let some =
            select_workloads(&["levenshtein_batch".into(), "mandelbrot".into()]).expect("subset");
        let names: Vec<&str> = some.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["mandelbrot", "levenshtein_batch"]);
        let err = select_workloads(&["nbody".into()]).expect_err("unknown");
        assert!(err.contains("unknown workload `nbody`"));
        assert!(err.contains("mandelbrot, dijkstra, levenshtein_batch"));
    }

    #[test]
    fn workload_names_match_table() {
        let names: Vec<&str> = WORKLOADS.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, WORKLOAD_NAMES);
        for (name, stmt) in WORKLOADS {
            assert_eq!(
                *stmt,
                format!("from workloads import {name}; print({name}())")
            );
        }
    }

    #[test]
    fn program_lookup_uses_path_for_bare_names() {
        assert!(program_exists(Path::new("sh")));
        assert!(program_exists(Path::new("/bin/sh")));
        assert!(!program_exists(Path::new("no-such-program-xyz")));
        assert!(!program_exists(Path::new("/no/such/program")));
    }

    #[test]
    fn json_destination_must_be_in_an_existing_directory() {
        assert!(check_json_destination(Path::new("out.json")).is_ok());
        assert!(check_json_destination(Path::new("/no/such/dir/out.json")).is_err());
    }

    #[test]
    fn compare_target_labels_and_paths() {
        let t = compare_target(Path::new("/usr/bin/python3.11")).expect("ok");
        assert_eq!(t.label, "python3.11");
        assert_eq!(t.program, PathBuf::from("/usr/bin/python3.11"));
        let bare = compare_target(Path::new("python3")).expect("ok");
        assert_eq!(bare.program, PathBuf::from("python3"));
        let rel = compare_target(Path::new("venv/bin/python")).expect("ok");
        assert!(rel.program.is_absolute());
        assert_eq!(rel.label, "python");
        assert!(compare_target(Path::new("")).is_err());
    }

    fn child(compilations: u64, micros: u64, rss: Option<u64>) -> ChildStats {
        ChildStats {
            tier: 2,
            compilations,
            deoptimizations: 1,
            compile_micros: micros,
            code_size: 3072,
            peak_rss_kib: rss,
        }
    }

    #[test]
    fn child_stats_parse_the_firebrand_format() {
        let text = "{\"tier\": 2, \"calls\": 9, \"back_edges\": 100, \"compilations\": 3, \
                    \"deoptimizations\": 1, \"compile_micros\": 1500, \"code_size\": 3072, \
                    \"peak_rss_kib\": 4528}\n";
        assert_eq!(ChildStats::parse(text), Some(child(3, 1500, Some(4528))));
        let no_rss = "{\"compilations\": 0, \"deoptimizations\": 0, \"peak_rss_kib\": null}";
        assert_eq!(
            ChildStats::parse(no_rss),
            Some(ChildStats {
                peak_rss_kib: None,
                ..ChildStats::default()
            })
        );
        for bad in [
            "",
            "{}",
            "[1]",
            "{\"compilations\": 1}",
            "{\"compilations\": x, \"deoptimizations\": 0}",
            "{compilations: 1, \"deoptimizations\": 0}",
        ] {
            assert_eq!(ChildStats::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn stats_summary_takes_integer_medians_and_max_memory() {
        assert_eq!(StatsSummary::of(&[]), None);
        assert_eq!(lower_median(vec![4, 1, 3, 2]), Some(2));
        assert_eq!(lower_median(vec![7]), Some(7));
        assert_eq!(lower_median(vec![]), None);
        let s = StatsSummary::of(&[
            child(3, 900, Some(5000)),
            child(3, 1100, None),
            child(4, 1000, Some(6000)),
        ])
        .expect("stats");
        assert_eq!(s.samples, 3);
        assert_eq!(s.compilations, 3);
        assert_eq!(s.compile_micros, 1000);
        assert_eq!(s.peak_rss_kib, Some(5000));
        assert_eq!(s.peak_rss_kib_max, Some(6000));
        assert_eq!(
            describe_stats(&s),
            "tier 2, 3 compilations, 1 deopt, 1.0 ms compiling, 3.0 KiB code, \
             peak RSS 4.9 MiB (medians of 3 runs; peak RSS max 5.9 MiB)"
        );
        let one = StatsSummary::of(&[child(1, 0, None)]).expect("stats");
        assert_eq!(
            describe_stats(&one),
            "tier 2, 1 compilation, 1 deopt, 0.0 ms compiling, 3.0 KiB code, peak RSS n/a"
        );
    }

    #[test]
    fn stats_lines_and_json_of_a_result() {
        let mut r = result(false);
        assert_eq!(
            stats_lines(&r),
            ["    stats: not reported by the firebrand child processes (FIREBRAND_STATS_JSON)"]
        );
        r.jit0.stats = vec![child(0, 0, Some(2000))];
        r.jit1.stats = vec![child(3, 1500, Some(3000))];
        assert_eq!(r.rss_ratio(), Some(1.5));
        let lines = stats_lines(&r);
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("    stats (JIT=0): tier 2, 0 compilations, "));
        assert!(lines[1].starts_with("    stats (JIT=1): tier 2, 3 compilations, 1 deopt, 1.5 ms"));
        assert_eq!(lines[2], "    peak RSS JIT=1 / JIT=0: 1.50x");
        let doc = results_json(&[r], None);
        let Json::Arr(items) = &doc else {
            panic!("not an array")
        };
        let jit1 = field(&items[0], "jit1").expect("jit1");
        let stats = field(jit1, "stats").expect("stats");
        assert_eq!(
            keys(stats),
            [
                "samples",
                "tier",
                "compilations",
                "deoptimizations",
                "compile_micros",
                "code_size"
            ]
        );
        assert_eq!(field(stats, "compilations"), Some(&Json::Num(3.0)));
        assert_eq!(field(jit1, "peak_rss_kib"), Some(&Json::Num(3000.0)));
        assert_eq!(
            field(&items[0], "peak_rss_ratio_jit1_over_jit0"),
            Some(&Json::Num(1.5))
        );
    }

    #[test]
    fn curve_statement_times_each_call() {
        let stmt = curve_statement("dijkstra", "1000, 10, 123", 3);
        assert_eq!(
            stmt,
            "import time\n\
             from workloads import dijkstra as _workload\n\
             for _call in range(3):\n    \
             _start = time.perf_counter()\n    \
             _result = _workload(1000, 10, 123)\n    \
             _secs = time.perf_counter() - _start\n    \
             print('@@curve', _call + 1, repr(_secs), repr(_result))\n"
        );
        let args = BenchArgs::default();
        for (name, _) in WORKLOADS {
            assert!(!curve_args_for(name, &args).is_empty(), "{name}");
        }
        let custom = BenchArgs {
            curve_args: Some(" 1, 2 ".to_string()),
            ..BenchArgs::default()
        };
        assert_eq!(curve_args_for("mandelbrot", &custom), "1, 2");
    }

    #[test]
    fn curve_output_parsing() {
        let out = "workload noise\n@@curve 1 0.5 'a b'\n@@curve 2 0.25 'a b'";
        let (times, results) = parse_curve_output(out, 2).expect("parses");
        assert_eq!(times, [0.5, 0.25]);
        assert_eq!(results, ["'a b'", "'a b'"]);
        assert!(parse_curve_output(out, 3).is_err());
        assert!(parse_curve_output("@@curve 2 0.5 1", 1).is_err());
        assert!(parse_curve_output("@@curve 1 fast 1", 1).is_err());
    }

    fn curve_run(label: &str, times: &[f64], results: &[&str]) -> CurveRun {
        CurveRun {
            label: label.to_string(),
            times: times.to_vec(),
            results: results.iter().map(|s| s.to_string()).collect(),
            process_secs: times.iter().sum(),
            stats: None,
        }
    }

    fn curve_result(compare: bool) -> CurveResult {
        CurveResult {
            name: "dijkstra".to_string(),
            call: "dijkstra(1000, 10, 123)".to_string(),
            jit0: curve_run("JIT=0", &[2.0, 1.0, 1.0], &["7", "7", "7"]),
            jit1: curve_run("JIT=1", &[2.0, 1.0, 0.5], &["7", "7", "7"]),
            compare: compare.then(|| curve_run("py", &[4.0, 4.0, 2.0], &["7", "7", "7"])),
        }
    }

    #[test]
    fn curve_table_shows_calls_times_and_ratios() {
        let table = curve_table(&curve_result(false));
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(
            lines[..5],
            [
                "call      JIT=0  JIT=0 ratio      JIT=1  JIT=1 ratio  speedup",
                "----  ---------  -----------  ---------  -----------  -------",
                "   1  2.000000s       1.000x  2.000000s       1.000x   1.000x",
                "   2  1.000000s       0.500x  1.000000s       0.500x   1.000x",
                "   3  1.000000s       0.500x  0.500000s       0.250x   2.000x",
            ]
        );
        assert!(lines[5].starts_with("(ratio = the call's time / call 1's time"));
        let with_cmp = curve_table(&curve_result(true));
        assert!(with_cmp.starts_with(
            "call      JIT=0  JIT=0 ratio      JIT=1  JIT=1 ratio         py  py ratio  speedup\n"
        ));
    }

    #[test]
    fn curve_report_summarises_and_warns() {
        let mut r = curve_result(true);
        let text = curve_report_lines(&r).join("\n");
        assert!(text.contains(
            "    JIT=1: call 1 2.000000s, later calls median 0.750000s (0.375x of call 1), \
             fastest 0.500000s (call 3)"
        ));
        assert!(text.contains("    stats: not reported"));
        assert!(!text.contains("WARNING"));
        r.jit1.results[2] = "8".to_string();
        let text = curve_report_lines(&r).join("\n");
        assert!(text.contains("!! WARNING: JIT=1 results differ across calls"));
        assert!(text.contains("!! WARNING: JIT=1 results differ from JIT=0: \"8\" vs \"7\""));
        assert!(text.contains("!! WARNING: firebrand JIT=1 results differ from py"));
        let single = curve_run("JIT=0", &[1.5], &["1"]);
        assert_eq!(single.summary_line(), "    JIT=0: one call, 1.500000s");
    }

    #[test]
    fn curve_json_shape() {
        let mut r = curve_result(true);
        r.jit1.stats = Some(child(2, 10, Some(100)));
        let doc = curve_results_json(&[r], Some("/usr/bin/python3"));
        let Json::Arr(items) = &doc else {
            panic!("not an array")
        };
        assert_eq!(
            keys(&items[0]),
            [
                "workload",
                "mode",
                "call",
                "calls",
                "jit0",
                "jit1",
                "speedup_jit0_over_jit1",
                "peak_rss_ratio_jit1_over_jit0",
                "compare"
            ]
        );
        assert_eq!(field(&items[0], "calls"), Some(&Json::Num(3.0)));
        let jit1 = field(&items[0], "jit1").expect("jit1");
        assert_eq!(
            keys(jit1),
            [
                "times",
                "ratio_to_first",
                "process_secs",
                "results",
                "stats",
                "peak_rss_kib",
                "peak_rss_kib_max"
            ]
        );
        assert_eq!(
            field(jit1, "ratio_to_first"),
            Some(&Json::Arr(vec![
                Json::Num(1.0),
                Json::Num(0.5),
                Json::Num(0.25)
            ]))
        );
        let cmp = field(&items[0], "compare").expect("compare");
        assert_eq!(
            keys(cmp),
            ["cmd", "times", "ratio_to_first", "process_secs", "results"]
        );
    }

    #[derive(Parser, Debug)]
    struct TestCli {
        #[command(flatten)]
        args: BenchArgs,
    }

    #[test]
    fn cli_defaults() {
        let cli = TestCli::try_parse_from(["bench"]).expect("parses");
        assert_eq!(cli.args, BenchArgs::default());
        assert_eq!(cli.args.runs, 10);
        assert!(cli.args.jit_available);
    }

    #[test]
    fn cli_options() {
        let cli = TestCli::try_parse_from([
            "bench",
            "--runs",
            "3",
            "--compare",
            "/usr/bin/python3.11",
            "--json",
            "out.json",
            "--workloads",
            "w",
            "--only",
            "dijkstra",
            "--only",
            "mandelbrot",
        ])
        .expect("parses");
        assert_eq!(cli.args.runs, 3);
        assert_eq!(cli.args.compare, Some(PathBuf::from("/usr/bin/python3.11")));
        assert_eq!(cli.args.json, Some(PathBuf::from("out.json")));
        assert_eq!(cli.args.workloads, Some(PathBuf::from("w")));
        assert_eq!(cli.args.only, ["dijkstra", "mandelbrot"]);
    }

    #[test]
    fn cli_rejects_bad_values() {
        assert!(TestCli::try_parse_from(["bench", "--runs", "0"]).is_err());
        assert!(TestCli::try_parse_from(["bench", "--only", "nbody"]).is_err());
        assert!(TestCli::try_parse_from(["bench", "--curve", "--curve-calls", "0"]).is_err());
        assert!(TestCli::try_parse_from(["bench", "--curve-calls", "3"]).is_err());
        assert!(TestCli::try_parse_from(["bench", "--curve-args", "1, 2"]).is_err());
    }

    #[test]
    fn cli_curve_options() {
        let cli = TestCli::try_parse_from(["bench", "--curve"]).expect("parses");
        assert!(cli.args.curve);
        assert_eq!(cli.args.curve_calls, 10);
        assert_eq!(cli.args.curve_args, None);
        let cli = TestCli::try_parse_from([
            "bench",
            "--curve",
            "--curve-calls",
            "4",
            "--curve-args",
            "60, 40, 50",
            "--only",
            "mandelbrot",
        ])
        .expect("parses");
        assert_eq!(cli.args.curve_calls, 4);
        assert_eq!(cli.args.curve_args.as_deref(), Some("60, 40, 50"));
    }

    #[test]
    fn default_workloads_dir_is_benches_in_source_tree() {
        assert!(default_workloads_dir().ends_with("benches"));
        assert!(default_workloads_dir().starts_with(env!("CARGO_MANIFEST_DIR")));
    }

    /// End-to-end runs against fake interpreters (shell scripts), no Python needed.
    #[cfg(unix)]
    mod end_to_end {
        use super::*;
        use std::os::unix::fs::PermissionsExt;

        /// Serialises these tests: writing a script while another test forks can
        /// make exec fail with ETXTBSY ("Text file busy").
        fn serial() -> std::sync::MutexGuard<'static, ()> {
            static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
            LOCK.lock().unwrap_or_else(|e| e.into_inner())
        }

        struct TempDir(PathBuf);

        impl TempDir {
            fn new(name: &str) -> TempDir {
                let dir =
                    std::env::temp_dir().join(format!("benchdemo-{}-{name}", std::process::id()));
                let _ = std::fs::remove_dir_all(&dir);
                std::fs::create_dir_all(&dir).expect("create temp dir");
                std::fs::write(dir.join("workloads.py"), "").expect("write workloads.py");
                TempDir(dir)
            }

            fn script(&self, name: &str, body: &str) -> PathBuf {
                let path = self.0.join(name);
                std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write script");
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
                    .expect("chmod");
                path
            }
        }

        impl Drop for TempDir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }

        fn args(dir: &TempDir) -> BenchArgs {
            BenchArgs {
                runs: 2,
                workloads: Some(dir.0.clone()),
                only: vec!["dijkstra".to_string()],
                ..BenchArgs::default()
            }
        }

        #[test]
        fn full_session_with_compare_and_json() {
            let _serial = serial();
            let dir = TempDir::new("full");
            // Prints its JIT setting, the cwd's workloads.py presence and the statement.
            let fb = dir.script(
                "fb",
                r#"test -f workloads.py && echo "jit=$FIREBRAND_JIT $2"
echo "{\"tier\": 1, \"compilations\": 2, \"deoptimizations\": 1, \"compile_micros\": 1500, \"code_size\": 2048, \"peak_rss_kib\": $((1000 + FIREBRAND_JIT * 100))}" > "$FIREBRAND_STATS_JSON""#,
            );
            let py = dir.script("py", r#"echo "jit=0 $2""#);
            let json = dir.0.join("out.json");
            let bench = BenchArgs {
                compare: Some(py),
                json: Some(json.clone()),
                ..args(&dir)
            };
            let mut out = Vec::new();
            run_to(&bench, &fb, &mut out).expect("bench runs");
            let text = String::from_utf8(out).expect("utf-8");
            assert!(!text.contains("note: FIREBRAND_JIT=1 runs the same tiers"));
            assert!(text.contains("Runs per setting: 2 (interleaved: JIT=0, JIT=1, py)"));
            assert!(text.contains("=== dijkstra ==="));
            assert!(!text.contains("=== mandelbrot ==="));
            assert!(text.contains("    run 2/2: JIT=0 "));
            assert!(text.contains("s  JIT=1 "));
            assert!(text.contains("s  py "));
            assert!(text.contains("firebrand JIT=1 / py = "));
            assert!(text.contains("!! WARNING: JIT=1 output differs from JIT=0"));
            assert!(text.contains("!! WARNING: firebrand JIT=1 output differs from py"));
            assert!(!text.contains("firebrand JIT=0 output differs"));
            assert!(text.contains(
                "    stats (JIT=1): tier 1, 2 compilations, 1 deopt, 1.5 ms compiling, \
                 2.0 KiB code, peak RSS 1.1 MiB (medians of 2 runs; peak RSS max 1.1 MiB)"
            ));
            assert!(text.contains("    peak RSS JIT=1 / JIT=0: 1.10x"));
            assert!(text.contains("=== summary ==="));
            assert!(text.contains(&format!("Wrote: {}", json.display())));
            let doc = std::fs::read_to_string(&json).expect("json written");
            assert!(doc.starts_with("[\n  {\n    \"workload\": \"dijkstra\""));
            assert!(doc.contains("\"jit=1 from workloads import dijkstra; print(dijkstra())\""));
            assert!(doc.contains("\"ratio_jit1_vs_compare\""));
            assert!(doc.contains("\"compile_micros\": 1500"));
            assert!(doc.contains("\"peak_rss_kib\": 1100"));
            assert!(doc.contains("\"peak_rss_ratio_jit1_over_jit0\": 1.1"));
            let leftover = std::fs::read_dir(std::env::temp_dir())
                .expect("temp dir")
                .filter_map(Result::ok)
                .any(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    name.starts_with(&format!("firebrand-bench-{}-", std::process::id()))
                });
            assert!(!leftover, "statistics files are removed");
        }

        #[test]
        fn curve_session_with_compare_and_json() {
            let _serial = serial();
            let dir = TempDir::new("curve");
            // Prints the curve lines the statement asks for (the call count is in $2).
            let fb = dir.script(
                "fb",
                r#"case "$2" in *"range(2)"*) ;; *) exit 3;; esac
echo "@@curve 1 0.5 42"; echo "@@curve 2 0.25 42"
echo '{"compilations": 1, "deoptimizations": 0, "peak_rss_kib": 2048}' > "$FIREBRAND_STATS_JSON""#,
            );
            let py = dir.script("py", r#"echo "@@curve 1 1.0 42"; echo "@@curve 2 1.0 42""#);
            let json = dir.0.join("curve.json");
            let bench = BenchArgs {
                curve: true,
                curve_calls: 2,
                curve_args: Some("1000, 10, 123".to_string()),
                compare: Some(py),
                json: Some(json.clone()),
                ..args(&dir)
            };
            let mut out = Vec::new();
            run_to(&bench, &fb, &mut out).expect("curve runs");
            let text = String::from_utf8(out).expect("utf-8");
            assert!(text.contains(
                "Warm-up curve: 2 calls per process, one process per setting (JIT=0, JIT=1, py)"
            ));
            assert!(text.contains(
                "=== dijkstra: 2 calls of dijkstra(1000, 10, 123), one process per setting ==="
            ));
            assert!(text.contains("    JIT=1: process "));
            assert!(text.contains(
                "   2  0.250000s       0.500x  0.250000s       0.500x  1.000000s    1.000x   1.000x"
            ));
            assert!(text.contains("    stats (JIT=0): tier 0, 1 compilation, 0 deopts, "));
            assert!(text.contains("    peak RSS JIT=1 / JIT=0: 1.00x"));
            assert!(!text.contains("WARNING"));
            assert!(!text.contains("=== summary ==="));
            let doc = std::fs::read_to_string(&json).expect("json written");
            assert!(doc.contains("\"mode\": \"curve\""));
            assert!(doc.contains("\"call\": \"dijkstra(1000, 10, 123)\""));
        }

        #[test]
        fn curve_args_need_one_workload_and_bad_output_fails() {
            let _serial = serial();
            let dir = TempDir::new("curvebad");
            let fb = dir.script("fb", "echo '@@curve 1 0.5 1'");
            let mut out = Vec::new();
            let two = BenchArgs {
                curve: true,
                curve_args: Some("1".to_string()),
                only: Vec::new(),
                ..args(&dir)
            };
            let err = run_to(&two, &fb, &mut out).expect_err("needs one --only");
            assert!(
                err.contains("--curve-args needs exactly one workload"),
                "{err}"
            );
            let short = BenchArgs {
                curve: true,
                curve_calls: 2,
                ..args(&dir)
            };
            let err = run_to(&short, &fb, &mut out).expect_err("one line short");
            assert!(
                err.contains("bad --curve output (firebrand FIREBRAND_JIT=0)"),
                "{err}"
            );
            assert!(err.contains("expected 2 `@@curve` lines, got 1"), "{err}");
        }

        #[test]
        fn jit_available_hides_the_note_and_no_json_without_option() {
            let _serial = serial();
            let dir = TempDir::new("note");
            let fb = dir.script("fb", "echo 1");
            let bench = BenchArgs {
                jit_available: true,
                ..args(&dir)
            };
            let mut out = Vec::new();
            run_to(&bench, &fb, &mut out).expect("bench runs");
            let text = String::from_utf8(out).expect("utf-8");
            assert!(!text.contains("note:"));
            assert!(!text.contains("WARNING"));
            assert!(text.contains("    stats: not reported by the firebrand child processes"));
            assert!(text.contains("(pass --json FILE to save the results)"));
        }

        #[test]
        fn failing_run_reports_settings_statement_and_output() {
            let _serial = serial();
            let dir = TempDir::new("fail");
            let fb = dir.script(
                "fb",
                r#"echo partial; echo "boom $FIREBRAND_JIT" >&2; exit "$FIREBRAND_JIT""#,
            );
            let mut out = Vec::new();
            let err = run_to(&args(&dir), &fb, &mut out).expect_err("JIT=1 fails");
            assert!(
                err.contains("run failed (firebrand FIREBRAND_JIT=1"),
                "{err}"
            );
            assert!(err.contains("from workloads import dijkstra; print(dijkstra())"));
            assert!(err.contains("STDOUT:\npartial"));
            assert!(err.contains("STDERR:\nboom 1"));
        }

        #[test]
        fn missing_programs_and_dirs_are_errors() {
            let _serial = serial();
            let dir = TempDir::new("missing");
            let fb = dir.script("fb", "echo 1");
            let mut out = Vec::new();
            let err = run_to(&args(&dir), &dir.0.join("nope"), &mut out).expect_err("no exe");
            assert!(err.contains("firebrand executable"), "{err}");

            let bad_dir = BenchArgs {
                workloads: Some(dir.0.join("nope")),
                ..args(&dir)
            };
            let err = run_to(&bad_dir, &fb, &mut out).expect_err("no dir");
            assert!(err.contains("workloads directory"), "{err}");

            let bad_cmp = BenchArgs {
                compare: Some(dir.0.join("no-python")),
                ..args(&dir)
            };
            let err = run_to(&bad_cmp, &fb, &mut out).expect_err("no compare");
            assert!(err.contains("compare interpreter"), "{err}");
            assert!(err.contains("no-python` not found"), "{err}");

            let bad_json = BenchArgs {
                json: Some(dir.0.join("nope").join("out.json")),
                ..args(&dir)
            };
            let err = run_to(&bad_json, &fb, &mut out).expect_err("no json dir");
            assert!(err.contains("cannot write JSON results"), "{err}");
            assert!(out.is_empty(), "errors are reported before any run");
        }
    }
}
