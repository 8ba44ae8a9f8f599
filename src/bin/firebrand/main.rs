//! The `firebrand` command line, shaped like `python3`:
//!
//! ```text
//! firebrand SCRIPT.py [ARGS...]     run a script
//! firebrand -c CODE [ARGS...]       run a string
//! firebrand --dis SCRIPT.py         print the bytecode
//! firebrand --dis-quickened SCRIPT.py  run, then print the bytecode as tier 1 left it
//! firebrand --stats SCRIPT.py       run, then print what the tiers did (stderr)
//! firebrand bench [OPTIONS]         the seed's benchmark (see `firebrand bench --help`)
//! firebrand bench --curve [OPTIONS] the warm-up curve: per-call times in one process
//! ```
//!
//! Exit status: 0 on success, 1 for an uncaught exception (traceback on stderr), 2 for
//! a missing file or a bad option. Tier settings come from the environment
//! (`FIREBRAND_JIT`, `FIREBRAND_SPECIALIZE_AFTER`, ...), see `Config::from_env`.
//!
//! With `FIREBRAND_STATS_JSON=FILE` in the environment, a script run (not `--dis`)
//! ends by writing the totals of [`firebrand::Engine::stats`] and the process's peak
//! resident memory to FILE as one flat JSON object (see [`stats_json`]); `firebrand
//! bench` reads it from its child processes.

mod bench;

// Small blocks from per-thread free lists, as CPython's pymalloc does for its
// objects (see the module's docs).
#[global_allocator]
static ALLOC: firebrand::runtime::gc::small_alloc::SmallAlloc =
    firebrand::runtime::gc::small_alloc::SmallAlloc;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use firebrand::{Config, DirLoader, Engine, Error, Stats};

/// The environment variable naming the file a run writes its statistics to.
const STATS_JSON_ENV: &str = "FIREBRAND_STATS_JSON";

/// The end of `firebrand --help`.
const AFTER_HELP: &str = "\
Commands:
  firebrand bench [OPTIONS]     time the seed workloads (see `firebrand bench --help`)

Environment:
  FIREBRAND_JIT=0|1             the native-code tier off or on
  FIREBRAND_SPECIALIZE_AFTER=N, FIREBRAND_COMPILE_AFTER=N, FIREBRAND_OSR_AFTER=N
                                tier thresholds
  FIREBRAND_STATS_JSON=FILE     after the run, write the tier statistics totals and the
                                peak resident memory (KiB) to FILE as one JSON object";

/// Runs Python scripts with the firebrand engine.
#[derive(Parser, Debug)]
#[command(
    name = "firebrand",
    version,
    about,
    disable_help_subcommand = true,
    after_help = AFTER_HELP
)]
struct Cli {
    /// Program passed in as a string (like `python3 -c`).
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "dis")]
    command: Option<String>,
    /// Print the bytecode of SCRIPT instead of running it.
    #[arg(long)]
    dis: bool,
    /// Run, then print the bytecode of every function that ran as it stands after
    /// the run: instructions tier 1 specialised show their specialised forms.
    #[arg(long, conflicts_with = "dis")]
    dis_quickened: bool,
    /// Run, then print per-function tier statistics (calls, back-edges, specialised
    /// instructions, guard misses, compilations) to stderr.
    #[arg(long)]
    stats: bool,
    /// The script to run, followed by its arguments.
    #[arg(value_name = "SCRIPT")]
    script: Option<PathBuf>,
    /// Arguments passed to the script.
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "ARGS"
    )]
    args: Vec<String>,
}

/// The end of `firebrand bench --help`.
const BENCH_AFTER_HELP: &str = "\
Every firebrand run also reports its tier statistics and peak memory (through
FIREBRAND_STATS_JSON): each workload's report has a `stats (JIT=n):` line per setting
(compilations, deopts, compile time, native code size, peak RSS; medians over the runs)
and the peak RSS ratio JIT=1 / JIT=0; the JSON has them under `jit0`/`jit1`.

With --curve, each setting runs ONE process per workload that calls the workload
--curve-calls times and times each call inside the process (time.perf_counter): the
table shows each call's time and its ratio to the first call, i.e. how the tiers speed
the code up while it runs.

Examples:
  firebrand bench --runs 5 --json results.json
  firebrand bench --curve --only mandelbrot --curve-calls 20
  firebrand bench --curve --only dijkstra --curve-args '1000, 10, 123' --compare python3";

/// `firebrand bench`.
#[derive(Parser, Debug)]
#[command(
    name = "firebrand bench",
    about = "Times the seed workloads with the JIT off and on, as whole processes",
    after_help = BENCH_AFTER_HELP
)]
struct BenchCli {
    #[command(flatten)]
    args: bench::BenchArgs,
}

/// Deep recursion in scripts is bounded by the recursion limit, but native
/// re-entries (built-ins calling Python) use Rust stack: give them room.
const STACK_SIZE: usize = 512 * 1024 * 1024;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).map(String::as_str) == Some("bench") {
        let cli = BenchCli::parse_from(
            std::iter::once("firebrand bench".to_string()).chain(argv[2..].iter().cloned()),
        );
        let exe = match std::env::current_exe() {
            Ok(e) => e,
            Err(e) => {
                eprintln!("firebrand: cannot locate own executable: {e}");
                return ExitCode::from(2);
            }
        };
        return match bench::run(&cli.args, &exe) {
            Ok(()) => ExitCode::SUCCESS,
            Err(msg) => {
                eprintln!("firebrand bench: {msg}");
                ExitCode::from(1)
            }
        };
    }
    let cli = Cli::parse();
    let handle = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(cli));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("firebrand: internal error");
            ExitCode::from(70)
        }
    }
}

fn run(cli: Cli) -> u8 {
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("firebrand: {e}");
            return 2;
        }
    };
    let (source, filename, dir, argv0) = if let Some(code) = &cli.command {
        // With -c the "script" slot is the first argument, as in python3.
        let mut rest = Vec::new();
        if let Some(s) = &cli.script {
            rest.push(s.display().to_string());
        }
        rest.extend(cli.args.iter().cloned());
        let mut argv = vec!["-c".to_string()];
        argv.extend(rest);
        (
            code.clone(),
            "<string>".to_string(),
            PathBuf::from("."),
            argv,
        )
    } else if let Some(path) = &cli.script {
        let source = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                let abs = std::path::absolute(path).unwrap_or_else(|_| path.clone());
                let errno = match e.kind() {
                    std::io::ErrorKind::NotFound => {
                        "[Errno 2] No such file or directory".to_string()
                    }
                    _ => e.to_string(),
                };
                eprintln!("firebrand: can't open file '{}': {errno}", abs.display());
                return 2;
            }
        };
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        let mut argv = vec![path.display().to_string()];
        argv.extend(cli.args.iter().cloned());
        // Like CPython, tracebacks name the script by its absolute path.
        let filename = std::path::absolute(path)
            .unwrap_or_else(|_| path.clone())
            .display()
            .to_string();
        (source, filename, dir, argv)
    } else {
        eprintln!(
            "firebrand: no script given (usage: firebrand SCRIPT.py | firebrand -c CODE | firebrand bench)"
        );
        return 2;
    };
    if cli.dis {
        return match Engine::disassemble(&source, &filename) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(e) => {
                eprint!("{}", e.rendered());
                1
            }
        };
    }
    // This thread has STACK_SIZE bytes of stack: let native recursion use half.
    let config = Config {
        native_stack_budget: STACK_SIZE / 2,
        ..config
    };
    let mut engine = Engine::with_config(config);
    engine.set_module_loader(DirLoader::new(dir));
    engine.set_argv(argv0);
    engine.set_output(std::io::BufWriter::new(std::io::stdout()));
    let result = engine.run(&source, &filename);
    if cli.dis_quickened {
        print!("{}", engine.disassemble_quickened());
    }
    if cli.stats {
        eprint!("{}", engine.stats());
    }
    if let Some(path) = std::env::var_os(STATS_JSON_ENV).filter(|p| !p.is_empty()) {
        let json = stats_json(&engine.stats(), peak_rss_kib());
        if let Err(e) = std::fs::write(&path, json) {
            let shown = Path::new(&path).display();
            eprintln!("firebrand: cannot write {STATS_JSON_ENV} file `{shown}`: {e}");
        }
    }
    drop(engine);
    match result {
        Ok(()) => 0,
        // `raise SystemExit(n)` / `exit(n)`: end quietly with that status.
        Err(e) if e.exit_status().is_some() => {
            eprint!("{}", e.rendered());
            (e.exit_status().unwrap_or(1) & 0xff) as u8
        }
        Err(e @ (Error::Syntax(_) | Error::Exception(_))) => {
            eprint!("{}", e.rendered());
            1
        }
        Err(e) => {
            eprintln!("firebrand: {e}");
            1
        }
    }
}

/// The `FIREBRAND_STATS_JSON` document: one line, one flat object of integers
/// (`peak_rss_kib` is `null` where the platform does not report it):
///
/// ```text
/// {"tier": 1, "calls": 3, "back_edges": 10, "specialized_instructions": 4,
///  "instructions": 20, "specializations": 4, "guard_misses": 0, "compilations": 0,
///  "deoptimizations": 0, "compile_micros": 0, "code_size": 0, "peak_rss_kib": 4528}
/// ```
fn stats_json(stats: &Stats, peak_rss_kib: Option<u64>) -> String {
    let t = stats.total();
    let fields: [(&str, Option<u64>); 12] = [
        ("tier", Some(u64::from(t.tier))),
        ("calls", Some(t.calls)),
        ("back_edges", Some(t.back_edges)),
        (
            "specialized_instructions",
            Some(t.specialized_instructions as u64),
        ),
        ("instructions", Some(t.instructions as u64)),
        ("specializations", Some(t.specializations)),
        ("guard_misses", Some(t.guard_misses)),
        ("compilations", Some(t.compilations)),
        ("deoptimizations", Some(t.deoptimizations)),
        ("compile_micros", Some(t.compile_micros)),
        ("code_size", Some(t.code_size as u64)),
        ("peak_rss_kib", peak_rss_kib),
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| match v {
            Some(n) => format!("\"{k}\": {n}"),
            None => format!("\"{k}\": null"),
        })
        .collect();
    format!("{{{}}}\n", body.join(", "))
}

/// The process's peak resident set size in KiB (`VmHWM` of `/proc/self/status`);
/// `None` where that file does not exist (not Linux) or lacks the line.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    parse_vm_hwm(&status)
}

/// The `VmHWM:   4528 kB` line of a `/proc/PID/status` text, in KiB.
fn parse_vm_hwm(status: &str) -> Option<u64> {
    let line = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?;
    let mut words = line.split_whitespace();
    let n = words.next()?.parse().ok()?;
    (words.next() == Some("kB")).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vm_hwm_is_parsed_in_kib() {
        let status =
            "Name:\tfirebrand\nVmPeak:\t  9000 kB\nVmHWM:\t    4528 kB\nVmRSS:\t 4000 kB\n";
        assert_eq!(parse_vm_hwm(status), Some(4528));
        assert_eq!(parse_vm_hwm("VmRSS:\t 4000 kB\n"), None);
        assert_eq!(parse_vm_hwm("VmHWM:\t lots\n"), None);
    }

    #[test]
    fn stats_json_is_one_flat_object() {
        let stats = Stats::default();
        let json = stats_json(&stats, Some(12));
        assert!(json.starts_with("{\"tier\": 0, \"calls\": 0, "), "{json}");
        assert!(
            json.ends_with(", \"code_size\": 0, \"peak_rss_kib\": 12}\n"),
            "{json}"
        );
        assert!(stats_json(&stats, None).contains("\"peak_rss_kib\": null"));
    }
}
