//! Microbenchmarks of calls: Python functions with exact positional arguments and
//! with defaults and keyword-only arguments, and the builtins `len`, `min`,
//! `isinstance` and `list.append`.
//!
//! Every case is a Python function `f(n)` looping `n` times, defined once per
//! engine and timed through `Engine::call`, at two tier settings: `jit-off`
//! (`Config { jit: false, .. }`) and `default`. Benchmark ids are
//! `calls/FUNCTION/TIER`; throughput is reported per loop trip.
//!
//! Run with `cargo bench --bench calls` (add a filter such as
//! `cargo bench --bench calls -- jit-off` to run a subset).

mod common;

use common::{Case, bench_calls};
use criterion::{Criterion, criterion_group, criterion_main};
use firebrand::Value;

/// Loop trips per call: a few milliseconds of work per timed iteration.
const N: i64 = 50_000;

const SOURCE: &str = r#"
def add(a, b):
    return a + b


def add3(a, b=1, *, c=2):
    return a + b + c


def py_positional(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t


def py_defaults_kwargs(n):
    t = 0
    for i in range(n):
        t = add3(t, c=i)
    return t


def builtin_len_min(n):
    xs = [1, 2, 3]
    t = 0
    for i in range(n):
        t += len(xs) + min(i, 5)
    return t


def builtin_isinstance(n):
    t = 0
    for i in range(n):
        if isinstance(i, int):
            t += 1
    return t


def list_append(n):
    xs = []
    for i in range(n):
        xs.append(i)
        if len(xs) == 999:
            xs = []
    return len(xs)
"#;

fn bench(c: &mut Criterion) {
    let cases = [
        Case {
            func: "py_positional",
            n: N,
            expected: Value::Int(1249975000),
        },
        Case {
            func: "py_defaults_kwargs",
            n: N,
            expected: Value::Int(1250025000),
        },
        Case {
            func: "builtin_len_min",
            n: N,
            expected: Value::Int(399985),
        },
        Case {
            func: "builtin_isinstance",
            n: N,
            expected: Value::Int(50000),
        },
        Case {
            func: "list_append",
            n: N,
            expected: Value::Int(50),
        },
    ];
    bench_calls(c, "calls", SOURCE, &cases);
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = bench
}
criterion_main!(benches);
