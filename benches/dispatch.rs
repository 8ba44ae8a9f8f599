//! Microbenchmarks of interpreter dispatch: loops of simple local-variable
//! operations (loads, stores, compares, jumps, `for` over a `range`) with almost no
//! work per instruction.
//!
//! Every case is a Python function `f(n)` looping `n` times, defined once per
//! engine and timed through `Engine::call`, at two tier settings: `jit-off`
//! (`Config { jit: false, .. }`) and `default`. Benchmark ids are
//! `dispatch/FUNCTION/TIER`; throughput is reported per loop trip.
//!
//! Run with `cargo bench --bench dispatch` (add a filter such as
//! `cargo bench --bench dispatch -- jit-off` to run a subset).

mod common;

use common::{Case, bench_calls};
use criterion::{Criterion, criterion_group, criterion_main};
use firebrand::Value;

/// Loop trips per call: a few milliseconds of work per timed iteration.
const N: i64 = 50_000;

const SOURCE: &str = r#"
def swap_locals(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        c = a
        a = b
        b = c
        i += 1
    return a + b


def for_range(n):
    last = -1
    for i in range(n):
        last = i
    return last


def branches(n):
    hits = 0
    flag = True
    for i in range(n):
        if flag and hits >= 0:
            hits += 1
        elif not flag:
            hits += 2
        else:
            pass
        flag = not flag
    return hits
"#;

fn bench(c: &mut Criterion) {
    let cases = [
        Case {
            func: "swap_locals",
            n: N,
            expected: Value::Int(1),
        },
        Case {
            func: "for_range",
            n: N,
            expected: Value::Int(49999),
        },
        Case {
            func: "branches",
            n: N,
            expected: Value::Int(75000),
        },
    ];
    bench_calls(c, "dispatch", SOURCE, &cases);
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = bench
}
criterion_main!(benches);
