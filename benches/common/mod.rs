//! Shared set-up for the microbenchmarks: the tier settings they compare, a small
//! Criterion configuration, and one driver that defines Python functions in an
//! [`Engine`] and times [`Engine::call`] on each of them.
//!
//! Only the public embedding API is used, so the numbers are what a host sees.

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, black_box};
use firebrand::{Config, Engine, Value};

/// The tier settings every benchmark runs at: the native tier switched off
/// (interpreter plus specialisation) and the defaults.
pub fn tiers() -> [(&'static str, Config); 2] {
    [
        (
            "jit-off",
            Config {
                jit: false,
                ..Config::default()
            },
        ),
        ("default", Config::default()),
    ]
}

/// Few samples and short measurements, so that the whole `cargo bench` stays in the
/// range of a couple of minutes (each iteration is a few milliseconds of work).
pub fn criterion() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .without_plots()
}

/// One timed case: call the Python function `func(n)`, which must return `expected`.
pub struct Case {
    /// Name of a function defined by the group's source.
    pub func: &'static str,
    /// The argument: loop trips per call (reported as the throughput in elements).
    pub n: i64,
    /// What `func(n)` returns; checked once before timing.
    pub expected: Value,
}

/// Benchmarks every case of `cases` at every tier setting in the group `group`.
///
/// For each tier a fresh engine runs `source` (which defines the functions), the
/// result of one call is checked against `expected`, and then `engine.call(func, [n])`
/// is timed. The benchmark ids are `group/func/tier`.
pub fn bench_calls(c: &mut Criterion, group: &str, source: &str, cases: &[Case]) {
    let mut g = c.benchmark_group(group);
    for case in cases {
        g.throughput(Throughput::Elements(case.n as u64));
        for (tier, config) in tiers() {
            let mut engine = Engine::with_config(config);
            engine.set_output(std::io::sink());
            if let Err(e) = engine.run(source, &format!("<bench {group}>")) {
                panic!("{group}: setup failed: {e}");
            }
            let args = [Value::Int(case.n)];
            match engine.call(case.func, &args) {
                Ok(v) => assert_eq!(v, case.expected, "{group}/{}({})", case.func, case.n),
                Err(e) => panic!("{group}/{}: {e}", case.func),
            }
            g.bench_with_input(BenchmarkId::new(case.func, tier), &args, |b, args| {
                b.iter(|| black_box(engine.call(case.func, black_box(args))))
            });
        }
    }
    g.finish();
}
