//! The cycle collector: reference cycles made in a loop must not pile up, and a
//! forced collection frees whatever cycles remain.

use firebrand::{Config, Engine, Value};

/// Iterations of the headline tests (one million cycles, as the spec says).
const CYCLES: i64 = 1_000_000;
/// Iterations of the variants: still ten times the collector's minimum threshold.
const FEWER: i64 = 200_000;
/// Tracked objects allowed after a forced collection (module dicts, functions, ...).
const SMALL: usize = 1000;
/// Tracked objects allowed after the loop without a forced collection: automatic
/// collection must have run, so far fewer than the objects the loop created.
const BOUNDED: usize = 100_000;

fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

fn check_cycles(
    config: Config,
    label: &'static str,
    cycles: i64,
    setup: &'static str,
    body: &'static str,
) {
    on_big_stack(move || {
        let mut e = Engine::with_config(config);
        e.run(setup, "setup.py").unwrap();
        let before = e.live_objects();
        let src = format!("for i in range({cycles}):\n{body}\ndone = True\n");
        e.run(&src, "cycles.py")
            .unwrap_or_else(|err| panic!("{label}: {err}"));
        assert_eq!(e.eval("done").unwrap(), Value::Bool(true));
        let after_loop = e.live_objects();
        assert!(
            after_loop < BOUNDED,
            "{label}: {after_loop} tracked objects after {cycles} cycles without a forced collection \
             (before: {before}): automatic collection did not keep up"
        );
        // The last iteration's cycle is still referenced by globals: drop it.
        e.run("a = b = c = d = f = node = None", "clear.py")
            .unwrap();
        let freed = e.collect_garbage();
        let after_collect = e.live_objects();
        assert!(
            after_collect < SMALL,
            "{label}: {after_collect} tracked objects after collect_garbage() (freed {freed}, before: {before})"
        );
        // A second collection finds nothing more of importance, and the engine still works.
        e.collect_garbage();
        assert!(e.live_objects() <= after_collect);
        assert_eq!(
            e.eval("len([x for x in range(10)])").unwrap(),
            Value::Int(10)
        );
    });
}

#[test]
fn list_cycles_are_collected() {
    check_cycles(
        Config::default(),
        "list-list",
        CYCLES,
        "",
        "    a = []\n    b = [a]\n    a.append(b)",
    );
}

#[test]
fn self_referencing_lists_are_collected() {
    check_cycles(
        Config::default(),
        "self-list",
        FEWER,
        "",
        "    a = [i]\n    a.append(a)",
    );
}

#[test]
fn dict_list_cycles_are_collected() {
    check_cycles(
        Config::default(),
        "dict-list",
        CYCLES,
        "",
        "    d = {'i': i}\n    a = [d]\n    d['list'] = a\n    d['self'] = d",
    );
}

#[test]
fn instance_cycles_are_collected() {
    check_cycles(
        Config::default(),
        "instance",
        FEWER,
        "class Node:\n    def __init__(self, v):\n        self.v = v\n        self.other = None\n",
        "    a = Node(i)\n    b = Node(a)\n    a.other = b",
    );
}

#[test]
fn closure_cycles_are_collected() {
    // f's closure cell holds f itself: function -> cell -> function.
    check_cycles(
        Config::default(),
        "closure",
        FEWER,
        "def make(n):\n    def f():\n        return f, n\n    return f\n",
        "    f = make(i)",
    );
}

#[test]
fn cycles_are_collected_at_every_tier() {
    let body = "    a = []\n    b = [a, {'k': a}]\n    a.append(b)";
    check_cycles(
        Config {
            jit: false,
            ..Config::default()
        },
        "jit-off",
        FEWER,
        "",
        body,
    );
    check_cycles(
        Config {
            jit: true,
            specialize_after: 0,
            compile_after: 0,
            osr_after: 0,
            ..Config::default()
        },
        "eager",
        FEWER,
        "",
        body,
    );
}

#[test]
fn live_data_survives_collection() {
    on_big_stack(|| {
        let mut e = Engine::new();
        e.run(
            "keep = []\nfor i in range(1000):\n    a = [i]\n    a.append(a)\n    keep.append(a)\n",
            "keep.py",
        )
        .unwrap();
        let live = e.live_objects();
        assert!(live >= 1001, "{live}");
        e.collect_garbage();
        assert!(e.live_objects() >= 1001, "reachable cycles must survive");
        assert_eq!(
            e.eval("sum(x[0] for x in keep)").unwrap(),
            Value::Int(499500)
        );
        assert_eq!(
            e.eval("all(x[1] is x for x in keep)").unwrap(),
            Value::Bool(true)
        );
        e.run("keep = None", "drop.py").unwrap();
        e.collect_garbage();
        assert!(e.live_objects() < SMALL, "{}", e.live_objects());
    });
}

#[test]
fn acyclic_garbage_is_freed_without_collection() {
    let mut e = Engine::new();
    e.run(
        "for i in range(100000):\n    x = [i, {'a': [i]}]\nx = None\n",
        "acyclic.py",
    )
    .unwrap();
    assert!(
        e.live_objects() < SMALL,
        "reference counting frees acyclic garbage: {}",
        e.live_objects()
    );
}
