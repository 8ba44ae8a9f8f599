//! Microbenchmarks of attribute access on instances: instance attribute loads and
//! stores, a class attribute read through an instance, and method calls.
//!
//! Every case is a Python function `f(n)` looping `n` times, defined once per
//! engine and timed through `Engine::call`, at two tier settings: `jit-off`
//! (`Config { jit: false, .. }`) and `default`. Benchmark ids are
//! `attrs/FUNCTION/TIER`; throughput is reported per loop trip.
//!
//! Run with `cargo bench --bench attrs` (add a filter such as
//! `cargo bench --bench attrs -- jit-off` to run a subset).

mod common;

use common::{Case, bench_calls};
use criterion::{Criterion, criterion_group, criterion_main};
use firebrand::Value;

/// Loop trips per call: a few milliseconds of work per timed iteration.
const N: i64 = 50_000;

const SOURCE: &str = r#"
class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def load(n):
    p = Point(3, 4)
    t = 0
    for i in range(n):
        t += p.x + p.y
    return t


def store(n):
    p = Point(0, 0)
    for i in range(n):
        p.x = i
        p.y = p.x + 1
    return p.x + p.y


def class_attr(n):
    p = Point(1, 2)
    t = 0
    for i in range(n):
        t += p.scale
    return t


def method_call(n):
    p = Point(3, 4)
    t = 0
    for i in range(n):
        t += p.norm2()
    return t
"#;

fn bench(c: &mut Criterion) {
    let cases = [
        Case {
            func: "load",
            n: N,
            expected: Value::Int(350000),
        },
        Case {
            func: "store",
            n: N,
            expected: Value::Int(99999),
        },
        Case {
            func: "class_attr",
            n: N,
            expected: Value::Int(150000),
        },
        Case {
            func: "method_call",
            n: N,
            expected: Value::Int(1250000),
        },
    ];
    bench_calls(c, "attrs", SOURCE, &cases);
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = bench
}
criterion_main!(benches);
