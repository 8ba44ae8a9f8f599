//! Microbenchmarks of arithmetic: small-int `+ - * // %` and comparisons, float
//! `+ - *`, and int/float mixing, each in a hot loop inside one Python function.
//!
//! Every case is a Python function `f(n)` looping `n` times, defined once per
//! engine and timed through `Engine::call`, at two tier settings: `jit-off`
//! (`Config { jit: false, .. }`) and `default`. Benchmark ids are
//! `arith/FUNCTION/TIER`; throughput is reported per loop trip.
//!
//! Run with `cargo bench --bench arith` (add a filter such as
//! `cargo bench --bench arith -- jit-off` to run a subset).

mod common;

use common::{Case, bench_calls};
use criterion::{Criterion, criterion_group, criterion_main};
use firebrand::Value;

/// Loop trips per call: a few milliseconds of work per timed iteration.
const N: i64 = 50_000;

const SOURCE: &str = r#"
def int_ops(n):
    acc = 0
    for i in range(n):
        acc = (acc + i * 7 - (i // 3)) % 1000003
    return acc


def int_compare(n):
    count = 0
    for i in range(n):
        if i % 3 == 0 or i < 100 or i >= n - 10:
            count += 1
    return count


def float_ops(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x = x * 0.5 + y * 1.25
        y = y - x * 0.125 + 0.5
    return x + y


def mixed_ops(n):
    t = 0.0
    for i in range(n):
        t = t + i / 4 - (i % 5) * 0.5
    return t
"#;

fn bench(c: &mut Criterion) {
    let cases = [
        Case {
            func: "int_ops",
            n: N,
            expected: Value::Int(158334),
        },
        Case {
            func: "int_compare",
            n: N,
            expected: Value::Int(16740),
        },
        Case {
            func: "float_ops",
            n: N,
            expected: Value::Float(5.6000000000000005),
        },
        Case {
            func: "mixed_ops",
            n: N,
            expected: Value::Float(312443750.0),
        },
    ];
    bench_calls(c, "arith", SOURCE, &cases);
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = bench
}
criterion_main!(benches);
