//! Tier 1 through the public API: each specialisation family is chosen for the
//! operands it sees and computes what the generic instruction computes; guards that
//! fail put the generic form back; the profiler sees every event; `Engine::stats`
//! counts what happened.

use std::sync::{Arc, Mutex};

use firebrand::profile::{Profiler, Promote, Site, Thresholds, TierEvent};
use firebrand::{Config, Engine, Value};

/// An engine that specialises every instruction on its first execution.
fn eager() -> Engine {
    Engine::with_config(Config::builder().specialize_after(0).build())
}

/// An engine that never specialises (tier 0 only), for comparison.
fn tier0() -> Engine {
    let mut e = Engine::new();
    e.set_profiler(Never);
    e
}

struct Never;
impl Profiler for Never {
    fn thresholds(&self) -> Thresholds {
        Thresholds {
            specialize_after: 1,
            compile_after: 1000,
            osr_after: 1000,
        }
    }
    fn on_warm_instruction(&mut self, _: &Site, _: u32) -> Promote {
        Promote::Stay
    }
    fn on_hot_function(&mut self, _: &Site, _: u64) -> Promote {
        Promote::Stay
    }
    fn on_hot_loop(&mut self, _: &Site, _: u64) -> Promote {
        Promote::Stay
    }
}

/// Each case: a function `f(a, b)` body (binary operators take their operands from
/// `I(...)`, the identity, so that no `LoadFast`/`LoadConst` + `BinaryOp`
/// superinstruction takes the site over), two argument pairs (the first is what the
/// site specialises on, the second what runs afterwards — often a guard failure),
/// and the specialised form expected after the first call. The results are checked
/// against the same engine with tier 1 disabled, and against values from python3.
struct Case {
    body: &'static str,
    form: &'static str,
    first: (&'static str, &'static str),
    second: (&'static str, &'static str),
    /// `repr(f(*first))`, `repr(f(*second))` as printed by python3.
    expect: (&'static str, &'static str),
}

const CASES: &[Case] = &[
    Case {
        body: "return I(a) + I(b)",
        form: "BinaryOpInt",
        first: ("2", "3"),
        second: ("2**62", "2**62"),
        expect: ("5", "9223372036854775808"),
    },
    Case {
        body: "return I(a) * I(b)",
        form: "BinaryOpFloat",
        first: ("1.5", "2.0"),
        second: ("'ab'", "3"),
        expect: ("3.0", "'ababab'"),
    },
    Case {
        body: "return I(a) / I(b)",
        form: "BinaryOpMixed",
        first: ("1", "4.0"),
        second: ("2**60", "2.0"),
        expect: ("0.25", "5.764607523034235e+17"),
    },
    Case {
        body: "return I(a) + I(b)",
        form: "BinaryAddStr",
        first: ("'x'", "'yz'"),
        second: ("[1]", "[2]"),
        expect: ("'xyz'", "[1, 2]"),
    },
    Case {
        body: "return I(a) < I(b)",
        form: "CompareOpInt",
        first: ("1", "2"),
        second: ("2.5", "2"),
        expect: ("True", "False"),
    },
    Case {
        body: "return I(a) >= I(b)",
        form: "CompareOpFloat",
        first: ("1.0", "2.0"),
        second: ("'b'", "'a'"),
        expect: ("False", "True"),
    },
    Case {
        body: "return I(a) == I(b)",
        form: "CompareOpMixed",
        first: ("1", "1.0"),
        second: ("2**53 + 1", "float(2**53)"),
        expect: ("True", "False"),
    },
    Case {
        body: "return I(a) < I(b)",
        form: "CompareOpStr",
        first: ("'abc'", "'abd'"),
        second: ("(1, 2)", "(1, 3)"),
        expect: ("True", "True"),
    },
    Case {
        body: "if I(a) < I(b):\n        return 'lt'\n    return 'ge'",
        form: "CompareJumpInt",
        first: ("1", "2"),
        second: ("3.5", "2"),
        expect: ("'lt'", "'ge'"),
    },
    Case {
        body: "if I(a) <= I(b):\n        return 'le'\n    return 'gt'",
        form: "CompareJumpFloat",
        first: ("1.5", "2.5"),
        second: ("3", "2"),
        expect: ("'le'", "'gt'"),
    },
    Case {
        body: "return I(a)[b]",
        form: "BinarySubscrListInt",
        first: ("[1, 2, 3]", "-1"),
        second: ("{'k': 9}", "'k'"),
        expect: ("3", "9"),
    },
    Case {
        body: "return I(a)[b]",
        form: "BinarySubscrTupleInt",
        first: ("(4, 5)", "0"),
        second: ("'hey'", "1"),
        expect: ("4", "'e'"),
    },
    Case {
        body: "return I(a)[b]",
        form: "BinarySubscrStrInt",
        first: ("'hello'", "1"),
        second: ("'héllo'", "1"),
        expect: ("'e'", "'é'"),
    },
    Case {
        body: "return I(a)[b]",
        form: "BinarySubscrDict",
        first: ("{1: 'one'}", "1"),
        second: ("[7, 8]", "True"),
        expect: ("'one'", "8"),
    },
    Case {
        body: "a[b] = 'set'\n    return a",
        form: "StoreSubscrListInt",
        first: ("[0, 0]", "1"),
        second: ("{}", "1"),
        expect: ("[0, 'set']", "{1: 'set'}"),
    },
    Case {
        body: "a[b] = 1\n    return a",
        form: "StoreSubscrDict",
        first: ("{}", "'k'"),
        second: ("[5]", "0"),
        expect: ("{'k': 1}", "[1]"),
    },
    Case {
        body: "x, y = a\n    return y, x",
        form: "UnpackTuple2",
        first: ("(1, 2)", "0"),
        second: ("[3, 4]", "0"),
        expect: ("(2, 1)", "(4, 3)"),
    },
    Case {
        body: "x, y, z = a\n    return z",
        form: "UnpackTuple3",
        first: ("(1, 2, 3)", "0"),
        second: ("'abc'", "0"),
        expect: ("3", "'c'"),
    },
    Case {
        body: "t = []\n    for x in a:\n        t.append(x)\n    return t",
        form: "ForIterList",
        first: ("[1, 2]", "0"),
        second: ("range(3)", "0"),
        expect: ("[1, 2]", "[0, 1, 2]"),
    },
    Case {
        body: "t = 0\n    for x in a:\n        t += x\n    return t",
        form: "ForIterRange",
        first: ("range(4)", "0"),
        second: ("(1.5, 2.5)", "0"),
        expect: ("6", "4.0"),
    },
    Case {
        body: "t = ''\n    for x in a:\n        t = x + t\n    return t",
        form: "ForIterStr",
        first: ("'abc'", "0"),
        second: ("['x', 'y']", "0"),
        expect: ("'cba'", "'yx'"),
    },
    Case {
        body: "t = 0\n    for x in a:\n        t += x\n    return t",
        form: "ForIterTuple",
        first: ("(1, 2)", "0"),
        second: ("{3: 0, 4: 0}", "0"),
        expect: ("3", "7"),
    },
    Case {
        body: "return len(a)",
        form: "CallLen",
        first: ("[1, 2, 3]", "0"),
        second: ("{1: 2}", "0"),
        expect: ("3", "1"),
    },
    Case {
        body: "return max(a, b)",
        form: "CallMinMax",
        first: ("1", "2"),
        second: ("'a'", "'b'"),
        expect: ("2", "'b'"),
    },
    Case {
        body: "return min(a, b, 0)",
        form: "CallMinMax",
        first: ("1", "2"),
        second: ("-0.5", "True"),
        expect: ("0", "-0.5"),
    },
    Case {
        body: "return divmod(a, b)",
        form: "CallBuiltin",
        first: ("7", "2"),
        second: ("7.5", "2"),
        expect: ("(3, 1)", "(3.0, 1.5)"),
    },
    Case {
        body: "t = 0\n    for i, x in enumerate(a, b):\n        t += i * x\n    return t",
        form: "ForIterEnumerate",
        first: ("[1, 2, 3]", "1"),
        second: ("{5: 0, 6: 0}", "0"),
        expect: ("14", "6"),
    },
    Case {
        body: "return I(a) + I(b)",
        form: "BinaryOpInt",
        first: ("5", "True"),
        second: ("True", "True"),
        expect: ("6", "2"),
    },
    Case {
        body: "return I(a) ^ I(b)",
        form: "BinaryOpInt",
        first: ("5", "True"),
        second: ("True", "True"),
        expect: ("4", "False"),
    },
    Case {
        body: "a.append(b)\n    return a",
        form: "CallListAppend",
        first: ("[]", "1"),
        second: ("[0]", "[2]"),
        expect: ("[1]", "[0, [2]]"),
    },
    Case {
        body: "return g(a) + g(b)",
        form: "CallPyExact",
        first: ("1", "2"),
        second: ("'p'", "'q'"),
        expect: ("9", "'pppqqq'"),
    },
    Case {
        body: "return h(a) + h(a, b)",
        form: "CallPyWithDefaults",
        first: ("1", "2"),
        second: ("'x'", "'y'"),
        expect: ("14", "'x!xx!y'"),
    },
    Case {
        body: "return K * a",
        form: "LoadGlobalModule",
        first: ("2", "0"),
        second: ("'z'", "0"),
        expect: ("20", "'zzzzzzzzzz'"),
    },
    Case {
        body: "return abs(a)",
        form: "LoadGlobalBuiltin",
        first: ("-2", "0"),
        second: ("-2.5", "0"),
        expect: ("2", "2.5"),
    },
    Case {
        body: "return a.x",
        form: "LoadAttrInstance",
        first: ("P(1)", "0"),
        second: ("Q()", "0"),
        expect: ("1", "'class attr'"),
    },
    Case {
        body: "a.x = b\n    return a.x",
        form: "StoreAttrInstance",
        first: ("P(1)", "5"),
        second: ("Q()", "'z'"),
        expect: ("5", "'z'"),
    },
    Case {
        body: "return P(a).x, P(b).get()",
        form: "CallClassInit",
        first: ("1", "2"),
        second: ("'s'", "[3]"),
        expect: ("(1, 2)", "('s', [3])"),
    },
    Case {
        body: "return a.get()",
        form: "LoadMethodInstance",
        first: ("P(5)", "0"),
        second: ("Q()", "0"),
        expect: ("5", "'Q.get'"),
    },
    Case {
        body: "return a.upper()",
        form: "LoadMethodBuiltin",
        first: ("'ab'", "0"),
        second: ("R()", "0"),
        expect: ("'AB'", "'R.upper'"),
    },
];

const PRELUDE: &str = "\
K = 10
def I(x):
    return x
def g(x):
    return x * 3
def h(x, y=10, z='!'):
    return x + y if isinstance(x, int) else x + z + (y if isinstance(y, str) else x)
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
class Q:
    x = 'class attr'
    def get(self):
        return 'Q.get'
class R:
    def upper(self):
        return 'R.upper'
";

fn run_case(engine: &mut Engine, case: &Case) -> (String, String) {
    let src = format!("{PRELUDE}def f(a, b):\n    {}\n", case.body);
    engine.eval(&src).unwrap();
    let call = |e: &mut Engine, (a, b): (&str, &str)| -> String {
        match e.eval(&format!("repr(f({a}, {b}))")).unwrap() {
            Value::Str(s) => s,
            other => panic!("repr gave {other:?}"),
        }
    };
    let r1 = call(engine, case.first);
    let r2 = call(engine, case.second);
    (r1, r2)
}

#[test]
fn each_family_specialises_and_falls_back() {
    for case in CASES {
        // The site specialises on the first call...
        let mut e = eager();
        let src = format!("{PRELUDE}def f(a, b):\n    {}\n", case.body);
        e.eval(&src).unwrap();
        let (a, b) = case.first;
        let first = e.eval(&format!("repr(f({a}, {b}))")).unwrap();
        let dis = e.disassemble_quickened();
        let f_dis = dis
            .split("Disassembly of ")
            .find(|d| d.starts_with("<code object f "))
            .unwrap_or_default();
        assert!(
            f_dis.contains(case.form),
            "`{}` on {:?} did not specialise to {}:\n{f_dis}",
            case.body,
            case.first,
            case.form
        );
        assert_eq!(first, Value::from(case.expect.0), "{}", case.body);
        // ...and a second call with other operands still computes Python's result.
        let (a, b) = case.second;
        let second = e.eval(&format!("repr(f({a}, {b}))")).unwrap();
        assert_eq!(
            second,
            Value::from(case.expect.1),
            "{} after guard",
            case.body
        );
        // Tier 0 agrees.
        let plain = run_case(&mut tier0(), case);
        assert_eq!(
            plain,
            (case.expect.0.to_string(), case.expect.1.to_string()),
            "tier 0: {}",
            case.body
        );
    }
}

/// Records every tier event (and otherwise behaves as the default profiler).
struct Recorder {
    events: Arc<Mutex<Vec<TierEvent>>>,
    hot_functions: Arc<Mutex<Vec<(String, u64)>>>,
}

impl Profiler for Recorder {
    fn thresholds(&self) -> Thresholds {
        Thresholds {
            specialize_after: 2,
            compile_after: 10,
            osr_after: 100,
        }
    }
    fn on_warm_instruction(&mut self, _: &Site, _: u32) -> Promote {
        Promote::Specialise
    }
    fn on_hot_function(&mut self, site: &Site, calls: u64) -> Promote {
        self.hot_functions
            .lock()
            .unwrap()
            .push((site.function.to_string(), calls));
        Promote::Compile
    }
    fn on_hot_loop(&mut self, site: &Site, _: u64) -> Promote {
        Promote::OsrAt(site.offset)
    }
    fn on_event(&mut self, event: &TierEvent) {
        self.events.lock().unwrap().push(event.clone());
    }
}

#[test]
fn a_host_profiler_sees_every_promotion() {
    let events = Arc::new(Mutex::new(Vec::new()));
    let hot = Arc::new(Mutex::new(Vec::new()));
    let mut e = Engine::new();
    // A JIT that declines, so `add` stays in tier 1 where its guards can fail.
    e.set_jit(firebrand::jit::NullJit);
    e.set_profiler(Recorder {
        events: events.clone(),
        hot_functions: hot.clone(),
    });
    e.eval("def add(a, b):\n    return I(a) + I(b)\ndef I(x):\n    return x\nfor i in range(40):\n    add(i, 1)")
        .unwrap();
    // A type change at the specialised site: the guard fails.
    e.eval("add(1.5, 2.5)").unwrap();
    let events = events.lock().unwrap();
    let specialised: Vec<_> = events
        .iter()
        .filter_map(|ev| match ev {
            TierEvent::Specialised { site, from, to } if site.function == "add" => {
                Some((*from, *to))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        specialised,
        vec![
            ("LoadGlobal", "LoadGlobalModule"),
            ("Call", "CallPyExact"),
            ("LoadGlobal", "LoadGlobalModule"),
            ("Call", "CallPyExact"),
            ("BinaryOp", "BinaryOpInt")
        ]
    );
    assert!(events.iter().any(|ev| matches!(ev,
        TierEvent::Despecialised { site, from: "BinaryOpInt" } if site.function == "add")));
    // Hot at 10 calls, then asked again at 20 and 40 (NullJit declines each time).
    let hot = hot.lock().unwrap();
    let add_hot: Vec<u64> = hot
        .iter()
        .filter(|(f, _)| f == "add")
        .map(|(_, n)| *n)
        .collect();
    assert_eq!(add_hot, vec![10, 20, 40]);
    assert!(events.iter().any(|ev| matches!(ev,
        TierEvent::CompileDeclined { site, .. } if site.function == "add")));
    // The module loop was offered for on-stack replacement at its 100th back-edge...
    // it has only 40, so no loop event for it.
    assert!(!events.iter().any(|ev| matches!(ev,
        TierEvent::CompileDeclined { site, .. } if site.function == "<module>")));
}

#[test]
fn stats_count_calls_back_edges_and_guard_misses() {
    let mut e = Engine::new();
    e.eval(
        "def f(xs):\n    t = 0\n    for x in xs:\n        t = t + x\n    return t\n\
         for i in range(30):\n    f([1, 2, 3])\n",
    )
    .unwrap();
    let s = e.stats();
    let f = s.function("f").expect("f ran");
    assert_eq!(f.calls, 30);
    assert_eq!(f.back_edges, 90);
    assert_eq!(f.tier, 1);
    assert!(f.specialized_instructions >= 1, "{f:?}");
    assert_eq!(f.guard_misses, 0);
    // A tuple arrives at the list-specialised `for`.
    e.eval("f((1.5, 2.5))").unwrap();
    let f = e.stats().function("f").cloned().unwrap();
    assert!(f.guard_misses >= 1, "{f:?}");
    assert_eq!(f.calls, 31);
    let table = e.stats().to_string();
    assert!(table.contains("f:1"), "{table}");
    assert!(
        table.lines().last().unwrap().starts_with("total"),
        "{table}"
    );
}

#[test]
fn a_site_that_keeps_changing_type_backs_off() {
    let mut e = Engine::new();
    e.eval(
        "def I(x):\n    return x\ndef f(a, b):\n    return I(a) + I(b)\n\
         vals = [(1, 2), (1.5, 2.5), ('a', 'b'), ([1], [2])]\n\
         for i in range(4000):\n    a, b = vals[i % 4]\n    f(a, b)\n",
    )
    .unwrap();
    let f = e.stats().function("f").cloned().unwrap();
    // Without back-off every call would miss (about 3000 misses).
    assert!(f.guard_misses < 100, "{f:?}");
    assert!(f.guard_misses > 0, "{f:?}");
}

#[test]
fn builder_and_environment_agree() {
    let built = Config::builder()
        .jit(false)
        .specialize_after(7)
        .compile_after(8)
        .osr_after(9)
        .recursion_limit(500)
        .build();
    let from_env = Config::from_lookup(|k| {
        match k {
            "FIREBRAND_JIT" => Some("0"),
            "FIREBRAND_SPECIALIZE_AFTER" => Some("7"),
            "FIREBRAND_COMPILE_AFTER" => Some("8"),
            "FIREBRAND_OSR_AFTER" => Some("9"),
            _ => None,
        }
        .map(String::from)
    })
    .unwrap();
    assert_eq!(
        built,
        Config {
            recursion_limit: 500,
            ..from_env
        }
    );
    let err = Config::from_lookup(|k| (k == "FIREBRAND_OSR_AFTER").then(|| "-1".to_string()))
        .unwrap_err();
    assert!(err.to_string().contains("FIREBRAND_OSR_AFTER"), "{err}");
}

#[test]
fn rebinding_a_global_or_mutating_a_class_is_seen_by_specialised_code() {
    let mut e = eager();
    e.eval(
        "def h():\n    return 1\n\
         def f():\n    return h()\n\
         class C:\n    def m(self):\n        return 'old'\n\
         def g(c):\n    return c.m()\n\
         c = C()\n",
    )
    .unwrap();
    assert_eq!(e.eval("f(), g(c)").unwrap().to_string(), "(1, 'old')");
    e.eval("def h():\n    return 2\nC.m = lambda self: 'new'")
        .unwrap();
    assert_eq!(e.eval("f(), g(c)").unwrap().to_string(), "(2, 'new')");
    // A builtin shadowed by a global, then the global deleted again.
    e.eval("def n(x):\n    return len(x)\nn('ab')").unwrap();
    e.eval("len = lambda x: 'mine'").unwrap();
    assert_eq!(e.eval("n('ab')").unwrap(), Value::from("mine"));
    e.eval("del len").unwrap();
    assert_eq!(e.eval("n('ab')").unwrap(), Value::Int(2));
}

/// Counts the entries into Python and delegates to the default interpreter.
struct CountingInterpreter(Arc<std::sync::atomic::AtomicUsize>);

impl firebrand::interp::Interpreter for CountingInterpreter {
    fn name(&self) -> &'static str {
        "counting"
    }
    fn run_frame(
        &self,
        vm: &mut firebrand::interp::Vm,
        offset: usize,
    ) -> firebrand::runtime::exceptions::PyResult<firebrand::runtime::value::Value> {
        self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        firebrand::interp::QuickeningInterpreter.run_frame(vm, offset)
    }
}

#[test]
fn a_host_interpreter_runs_every_entry_into_python() {
    let entries = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut e = Engine::new();
    e.set_interpreter(CountingInterpreter(entries.clone()));
    // One entry for the script, one per key function call made by `sorted`.
    let v = e.eval("sorted([3, 1, 2], key=lambda x: -x)").unwrap();
    assert_eq!(v.to_string(), "[3, 2, 1]");
    assert_eq!(entries.load(std::sync::atomic::Ordering::Relaxed), 4);
    e.eval("def f(x):\n    return x + 1").unwrap();
    assert_eq!(e.call("f", &[Value::from(1)]).unwrap(), Value::Int(2));
    assert_eq!(entries.load(std::sync::atomic::Ordering::Relaxed), 6);
}

/// Records what it is offered, and declines.
struct RecordingJit(Arc<Mutex<Vec<String>>>);

impl firebrand::jit::Jit for RecordingJit {
    fn name(&self) -> &'static str {
        "recording"
    }
    fn compile(
        &mut self,
        code: &firebrand::compiler::CodeObject,
        request: &firebrand::jit::CompileRequest,
    ) -> Result<firebrand::jit::CompiledCode, String> {
        let what = match request {
            firebrand::jit::CompileRequest::Function(s) => format!("fn {}", s.function),
            firebrand::jit::CompileRequest::Loop(s) => format!("loop {}@{}", s.function, s.offset),
        };
        // The feedback comes with the code: by now tier 1 has specialised some of it.
        self.0.lock().unwrap().push(format!(
            "{what} ({} specialised)",
            code.specialized_count() > 0
        ));
        Err("recording only".to_string())
    }
}

#[test]
fn hot_functions_and_loops_are_offered_to_the_jit_with_their_code() {
    let offered = Arc::new(Mutex::new(Vec::new()));
    let mut e = Engine::with_config(Config::builder().compile_after(5).osr_after(50).build());
    e.set_jit(RecordingJit(offered.clone()));
    e.eval(
        "def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i\n    return t\n\
         def g(x):\n    return abs(x)\n\
         for k in range(6):\n    f(20)\n    g(k)\n",
    )
    .unwrap();
    let offered = offered.lock().unwrap();
    // `f`'s loop at its 50th back-edge (in the 3rd call), `g` at its 5th call; a code
    // object the JIT declined is not offered again. Tier 1 had specialised some of
    // each by then.
    assert_eq!(offered.len(), 2, "{offered:?}");
    assert!(offered[0].starts_with("loop f@"), "{offered:?}");
    assert!(offered[0].ends_with("(true specialised)"), "{offered:?}");
    assert_eq!(offered[1], "fn g (true specialised)");
    // With the JIT switched off the default profiler offers nothing.
    let none = Arc::new(Mutex::new(Vec::new()));
    let mut off = Engine::with_config(Config::builder().jit(false).compile_after(1).build());
    off.set_jit(RecordingJit(none.clone()));
    off.eval("def g():\n    return 1\nfor k in range(5):\n    g()\n")
        .unwrap();
    assert!(none.lock().unwrap().is_empty());
}
