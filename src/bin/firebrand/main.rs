//! The `firebrand` command line, shaped like `python3`:
//!
//! ```text
//! firebrand SCRIPT.py [ARGS...]     run a script
//! firebrand -c CODE [ARGS...]       run a string
//! firebrand --dis SCRIPT.py         print the bytecode
//! firebrand --dis-quickened SCRIPT.py  run, then print the bytecode as tier 1 left it
//! firebrand --stats SCRIPT.py       run, then print what the tiers did (stderr)
//! firebrand bench [OPTIONS]         the seed's benchmark (see `firebrand bench --help`)
//! ```
//!
//! Exit status: 0 on success, 1 for an uncaught exception (traceback on stderr), 2 for
//! a missing file or a bad option. Tier settings come from the environment
//! (`FIREBRAND_JIT`, `FIREBRAND_SPECIALIZE_AFTER`, ...), see `Config::from_env`.

mod bench;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use firebrand::{Config, DirLoader, Engine, Error};

/// Runs Python scripts with the firebrand engine.
#[derive(Parser, Debug)]
#[command(name = "firebrand", version, about, disable_help_subcommand = true)]
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

/// `firebrand bench`.
#[derive(Parser, Debug)]
#[command(
    name = "firebrand bench",
    about = "Times the seed workloads with the JIT off and on, as whole processes"
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
