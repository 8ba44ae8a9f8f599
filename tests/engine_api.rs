//! The embedding API: `Engine`, `Config`, `Value`, `Error`, module loaders.

use std::io::Write;
use std::sync::{Arc, Mutex};

use firebrand::{Config, Engine, Error, MemoryLoader, ModuleLoader, Value};

/// A `Write` over a shared buffer, to capture script output.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Capture {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).expect("utf-8 output")
    }
}

fn captured_engine() -> (Engine, Capture) {
    let mut e = Engine::new();
    let c = Capture::default();
    e.set_output(c.clone());
    (e, c)
}

#[test]
fn eval_returns_last_expression() {
    let mut e = Engine::new();
    assert_eq!(e.eval("1 + 2").unwrap(), Value::Int(3));
    assert_eq!(e.eval("x = 5\nx * 2").unwrap(), Value::Int(10));
    assert_eq!(
        e.eval("y = 1").unwrap(),
        Value::None,
        "a statement yields None"
    );
    assert_eq!(e.eval("'a' + 'b'").unwrap(), Value::Str("ab".into()));
    assert_eq!(e.eval("7 / 2").unwrap(), Value::Float(3.5));
    assert_eq!(e.eval("3 > 2").unwrap(), Value::Bool(true));
    assert_eq!(e.eval("None").unwrap(), Value::None);
    assert_eq!(
        e.eval("2 ** 70").unwrap(),
        Value::BigInt("1180591620717411303424".parse().unwrap())
    );
    assert_eq!(
        e.eval("[1, 'two', (3.0, None)]").unwrap(),
        Value::List(vec![
            Value::Int(1),
            Value::Str("two".into()),
            Value::Tuple(vec![Value::Float(3.0), Value::None])
        ])
    );
    assert_eq!(
        e.eval("{'a': 1, 'b': [2]}").unwrap(),
        Value::Dict(vec![
            (Value::Str("a".into()), Value::Int(1)),
            (Value::Str("b".into()), Value::List(vec![Value::Int(2)])),
        ])
    );
    let f = e.eval("def g():\n    pass\ng").unwrap();
    assert_eq!(f.type_name(), "function");
    assert!(matches!(f, Value::Object { .. }), "{f:?}");
}

#[test]
fn value_display_is_python_repr() {
    let v = Value::List(vec![
        Value::Str("it's".into()),
        Value::Float(0.1),
        Value::Tuple(vec![Value::Int(1)]),
        Value::Bool(false),
        Value::None,
        Value::Set(vec![]),
    ]);
    assert_eq!(v.to_string(), "[\"it's\", 0.1, (1,), False, None, set()]");
    assert_eq!(Value::Float(1e16).to_string(), "1e+16");
    assert_eq!(Value::Float(2.0).to_string(), "2.0");
}

#[test]
fn globals_persist_across_evals() {
    let mut e = Engine::new();
    e.eval("counter = 0\ndef bump(n=1):\n    global counter\n    counter += n\n    return counter")
        .unwrap();
    e.eval("bump()").unwrap();
    e.eval("bump(10)").unwrap();
    assert_eq!(e.eval("counter").unwrap(), Value::Int(11));
    e.run("items = [counter] * 2", "setup.py").unwrap();
    assert_eq!(
        e.eval("items").unwrap(),
        Value::List(vec![Value::Int(11), Value::Int(11)])
    );
    let err = e.eval("undefined_name").unwrap_err();
    assert_eq!(err.type_name(), "NameError");
    assert_eq!(err.message(), "name 'undefined_name' is not defined");
    // A failing eval leaves earlier state intact.
    assert_eq!(e.eval("counter").unwrap(), Value::Int(11));
}

#[test]
fn call_with_host_values_and_conversions() {
    let mut e = Engine::new();
    e.eval(
        "def add(a, b):\n    return a + b\n\
         def describe(xs):\n    return [type(x).__name__ for x in xs]\n\
         def pair(s, n):\n    return (s * n, len(s) * n)\n\
         def half(x):\n    return x / 2\n\
         def is_big(n):\n    return n > 100\n\
         def nothing():\n    pass\n",
    )
    .unwrap();

    let r = e
        .call("add", &[Value::from(2), Value::from(40i64)])
        .unwrap();
    assert_eq!(i64::try_from(r).unwrap(), 42);

    let r = e
        .call(
            "add",
            &[Value::from("foo"), Value::from(String::from("bar"))],
        )
        .unwrap();
    assert_eq!(String::try_from(r).unwrap(), "foobar");

    let r = e
        .call(
            "add",
            &[
                Value::from(vec![Value::from(1)]),
                Value::List(vec![Value::from(true)]),
            ],
        )
        .unwrap();
    assert_eq!(
        Vec::<Value>::try_from(r).unwrap(),
        vec![Value::Int(1), Value::Bool(true)]
    );

    let r = e
        .call(
            "describe",
            &[Value::from(vec![
                Value::from(1),
                Value::from(1.5),
                Value::from("s"),
                Value::from(()),
                Value::from(false),
            ])],
        )
        .unwrap();
    let names: Vec<String> = Vec::<Value>::try_from(r)
        .unwrap()
        .into_iter()
        .map(|v| String::try_from(v).unwrap())
        .collect();
    assert_eq!(names, ["int", "float", "str", "NoneType", "bool"]);

    let r = e
        .call("pair", &[Value::from("ab"), Value::from(3)])
        .unwrap();
    let items = Vec::<Value>::try_from(r).unwrap();
    assert_eq!(items, vec![Value::Str("ababab".into()), Value::Int(6)]);

    let r = e.call("half", &[Value::from(5)]).unwrap();
    assert_eq!(f64::try_from(r).unwrap(), 2.5);
    assert_eq!(
        f64::try_from(Value::Int(3)).unwrap(),
        3.0,
        "int widens to f64"
    );

    assert!(bool::try_from(e.call("is_big", &[Value::from(1000)]).unwrap()).unwrap());
    assert!(!bool::try_from(e.call("is_big", &[Value::from(1)]).unwrap()).unwrap());
    assert_eq!(e.call("nothing", &[]).unwrap(), Value::None);

    let big: num_bigint::BigInt = "123456789012345678901234567890".parse().unwrap();
    let r = e
        .call("add", &[Value::from(big.clone()), Value::from(1)])
        .unwrap();
    assert_eq!(r, Value::BigInt(big + 1));

    // Conversion mismatches are `Error::Conversion`.
    let err = i64::try_from(Value::Str("x".into())).unwrap_err();
    assert!(matches!(err, Error::Conversion(_)), "{err:?}");
    assert_eq!(err.type_name(), "TypeError");
    assert!(matches!(
        String::try_from(Value::Int(1)),
        Err(Error::Conversion(_))
    ));
    assert!(matches!(
        Vec::<Value>::try_from(Value::Int(1)),
        Err(Error::Conversion(_))
    ));
    assert!(matches!(
        bool::try_from(Value::None),
        Err(Error::Conversion(_))
    ));
    assert!(matches!(
        f64::try_from(Value::Str("1.0".into())),
        Err(Error::Conversion(_))
    ));
    let huge = Value::BigInt("99999999999999999999999".parse().unwrap());
    assert!(matches!(i64::try_from(huge), Err(Error::Conversion(_))));

    // Calling something missing or failing.
    let err = e.call("no_such_function", &[]).unwrap_err();
    assert_eq!(err.type_name(), "NameError");
    let err = e.call("add", &[Value::from(1)]).unwrap_err();
    assert_eq!(err.type_name(), "TypeError");
    let err = e.call("half", &[Value::from("s")]).unwrap_err();
    assert_eq!(err.type_name(), "TypeError");
    // The engine still works.
    assert_eq!(
        e.call("add", &[Value::from(1), Value::from(1)]).unwrap(),
        Value::Int(2)
    );
}

#[test]
fn host_functions() {
    let (mut e, out) = captured_engine();
    e.register_fn("host_add", |args: &[Value]| {
        let a = i64::try_from(args[0].clone())?;
        let b = i64::try_from(args[1].clone())?;
        Ok(Value::Int(a + b))
    });
    let calls = Arc::new(Mutex::new(Vec::<String>::new()));
    let log = calls.clone();
    e.register_fn("host_log", move |args: &[Value]| {
        log.lock().unwrap().push(
            args.iter()
                .map(|a| a.to_string())
                .collect::<Vec<_>>()
                .join(" "),
        );
        Ok(Value::from(args.len() as i64))
    });
    e.register_fn("host_parse", |args: &[Value]| {
        let s = String::try_from(args[0].clone())?;
        s.trim()
            .parse::<i64>()
            .map(Value::Int)
            .map_err(|_| Error::exception("ValueError", format!("bad number: {s:?}")))
    });
    e.run(
        "print(host_add(2, 3), host_add(host_add(1, 1), 10))\n\
         print(host_log('x', [1, 2], None))\n\
         try:\n    host_parse('nope')\nexcept ValueError as exc:\n    print('caught', type(exc).__name__, exc)\n\
         print(host_parse(' 17 ') + 1)\n\
         total = 0\nfor i in range(100):\n    total = host_add(total, i)\nprint(total)\n",
        "host.py",
    )
    .unwrap();
    assert_eq!(
        out.text(),
        "5 12\n3\ncaught ValueError bad number: \"nope\"\n18\n4950\n"
    );
    assert_eq!(*calls.lock().unwrap(), ["'x' [1, 2] None"]);

    // An uncaught host error surfaces with its type; a conversion error as TypeError.
    let err = e.eval("host_parse('zz')").unwrap_err();
    assert_eq!(err.type_name(), "ValueError");
    assert_eq!(err.message(), "bad number: \"zz\"");
    let err = e.eval("host_add('a', 1)").unwrap_err();
    assert_eq!(err.type_name(), "TypeError");
}

#[test]
fn output_redirection() {
    let (mut e, out) = captured_engine();
    e.run(
        "print('one')\nprint(1, 2, sep='-', end='!\\n')\nprint()",
        "out.py",
    )
    .unwrap();
    assert_eq!(out.text(), "one\n1-2!\n\n");
    // Output before an exception is kept.
    let err = e
        .run("print('partial')\nraise KeyError('k')", "boom.py")
        .unwrap_err();
    assert_eq!(err.type_name(), "KeyError");
    assert_eq!(out.text(), "one\n1-2!\n\npartial\n");
    // Redirecting again sends later output elsewhere.
    let second = Capture::default();
    e.set_output(second.clone());
    e.eval("print('second')").unwrap();
    assert_eq!(second.text(), "second\n");
    assert_eq!(out.text(), "one\n1-2!\n\npartial\n");
}

#[test]
fn memory_loader_imports() {
    let (mut e, out) = captured_engine();
    let loader = MemoryLoader::new()
        .with_module(
            "geometry",
            "import shapes\ndef area(w, h):\n    return shapes.rect(w, h)\nNAME = 'geo'\n",
        )
        .with_module(
            "shapes",
            "print('shapes loaded')\ndef rect(w, h):\n    return w * h\n",
        )
        .with_module("broken", "def f(:\n    pass\n")
        .with_module("raises", "x = 1\nraise RuntimeError('import failed')\n");
    assert_eq!(
        loader.load("shapes").map(|(_, name)| name),
        Some("<shapes>".to_string())
    );
    assert_eq!(loader.load("nothing"), None);
    e.set_module_loader(loader);
    e.run(
        "import geometry\nfrom geometry import area, NAME\nimport shapes\nprint(geometry.area(3, 4), area(2, 5), NAME)\n",
        "main.py",
    )
    .unwrap();
    assert_eq!(
        out.text(),
        "shapes loaded\n12 10 geo\n",
        "a module runs once"
    );
    let err = e.eval("import missing_mod").unwrap_err();
    assert_eq!(err.type_name(), "ModuleNotFoundError");
    assert_eq!(err.message(), "No module named 'missing_mod'");
    let err = e.eval("import broken").unwrap_err();
    assert_eq!(err.type_name(), "SyntaxError");
    let err = e.eval("import raises").unwrap_err();
    assert_eq!(err.type_name(), "RuntimeError");
    assert_eq!(err.message(), "import failed");
    // Built-in modules need no loader.
    assert_eq!(
        e.eval("import math\nmath.floor(2.5)").unwrap(),
        Value::Int(2)
    );
}

#[test]
fn syntax_error_details() {
    let mut e = Engine::new();
    let err = e.run("x = 1\ny = (2 +\n", "bad.py").unwrap_err();
    let Error::Syntax(info) = &err else {
        panic!("expected a syntax error, got {err:?}")
    };
    assert_eq!(info.kind, "SyntaxError");
    assert_eq!(info.message, "'(' was never closed");
    assert_eq!((info.line, info.column), (2, 4));
    assert_eq!(info.filename, "bad.py");
    assert_eq!(err.type_name(), "SyntaxError");
    assert_eq!(err.message(), "'(' was never closed");
    // As CPython 3.11 prints it.
    assert_eq!(
        err.rendered(),
        "  File \"bad.py\", line 2\n    y = (2 +\n        ^\nSyntaxError: '(' was never closed\n"
    );

    let err = e.run("def f():\n    return 1 +\n", "bad2.py").unwrap_err();
    assert_eq!(
        err.rendered(),
        "  File \"bad2.py\", line 2\n    return 1 +\n              ^\nSyntaxError: invalid syntax\n"
    );
    let Error::Syntax(info) = &err else { panic!() };
    assert_eq!((info.line, info.column), (2, 14));

    let err = e.run("if True:\nprint(1)\n", "ind.py").unwrap_err();
    assert_eq!(err.type_name(), "IndentationError");
    assert_eq!(
        err.message(),
        "expected an indented block after 'if' statement on line 1"
    );
    let Error::Syntax(info) = &err else { panic!() };
    assert_eq!(info.line, 2);

    // Nothing of a file with a syntax error runs.
    let err = e.eval("z = 1\n)").unwrap_err();
    assert_eq!(err.type_name(), "SyntaxError");
    assert_eq!(e.eval("z").unwrap_err().type_name(), "NameError");
}

#[test]
fn exception_details_and_traceback() {
    let mut e = Engine::new();
    let src = "\
def level3(d):
    return d['missing']

def level2(d):
    x = 1
    return level3(d) + x

def level1():
    return level2({'present': 1})

level1()
";
    let err = e.run(src, "nested.py").unwrap_err();
    assert_eq!(err.type_name(), "KeyError");
    assert_eq!(err.message(), "'missing'");
    let Error::Exception(exc) = &err else {
        panic!("expected an exception, got {err:?}")
    };
    let frames: Vec<(&str, &str, u32)> = exc
        .traceback
        .iter()
        .map(|f| (f.filename.as_str(), f.function.as_str(), f.line))
        .collect();
    assert_eq!(
        frames,
        [
            ("nested.py", "<module>", 11),
            ("nested.py", "level1", 9),
            ("nested.py", "level2", 6),
            ("nested.py", "level3", 2)
        ]
    );
    assert_eq!(
        exc.traceback[3].to_string(),
        "File \"nested.py\", line 2, in level3"
    );
    let rendered = err.rendered();
    assert!(
        rendered.starts_with(
            "Traceback (most recent call last):\n  File \"nested.py\", line 11, in <module>\n"
        ),
        "{rendered}"
    );
    assert!(
        rendered.contains("    return level3(d) + x\n"),
        "{rendered}"
    );
    assert!(rendered.ends_with("KeyError: 'missing'\n"), "{rendered}");
    assert_eq!(
        err.to_string(),
        rendered.trim_end(),
        "Display is the rendered traceback"
    );

    // Chained exceptions are rendered like CPython's.
    let err = e
        .run(
            "try:\n    1 / 0\nexcept ZeroDivisionError as z:\n    raise ValueError('bad') from z\n",
            "chain.py",
        )
        .unwrap_err();
    assert_eq!(err.type_name(), "ValueError");
    let r = err.rendered();
    assert!(r.contains("ZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\nTraceback"), "{r}");
    assert!(r.ends_with("ValueError: bad\n"), "{r}");

    // User-defined exception classes.
    let err = e
        .run(
            "class MyError(Exception):\n    pass\nraise MyError('custom', 2)\n",
            "custom.py",
        )
        .unwrap_err();
    assert_eq!(err.type_name(), "MyError");
    assert_eq!(err.message(), "('custom', 2)");
    assert!(
        err.rendered().ends_with("MyError: ('custom', 2)\n"),
        "{}",
        err.rendered()
    );
}

#[test]
fn recursion_error_is_catchable_and_engine_survives() {
    // The engine may recurse natively per Python call: give it the CLI's kind of stack.
    std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(recursion_error_body)
        .unwrap()
        .join()
        .unwrap();
}

fn recursion_error_body() {
    let mut e = Engine::new();
    e.eval("def down(n):\n    return down(n + 1) + 1").unwrap();
    let caught = e
        .eval("try:\n    down(0)\n    r = 'no error'\nexcept RecursionError as exc:\n    r = str(exc)\nr")
        .unwrap();
    assert_eq!(
        caught,
        Value::Str("maximum recursion depth exceeded".into())
    );
    // Uncaught, it reaches the host.
    let err = e.eval("down(0)").unwrap_err();
    assert_eq!(err.type_name(), "RecursionError");
    let Error::Exception(exc) = &err else {
        panic!()
    };
    assert!(exc.traceback.len() > 10, "deep traceback expected");
    // The engine keeps working, including moderately deep recursion.
    e.eval("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)")
        .unwrap();
    assert_eq!(e.eval("depth(500)").unwrap(), Value::Int(500));
    assert_eq!(e.eval("sum(range(10))").unwrap(), Value::Int(45));
    assert_eq!(
        e.call("depth", &[Value::from(100)]).unwrap(),
        Value::Int(100)
    );
}

#[test]
fn recursion_limit_is_configurable() {
    let mut e = Engine::with_config(Config {
        recursion_limit: 50,
        ..Config::default()
    });
    e.eval("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)")
        .unwrap();
    assert_eq!(e.eval("depth(20)").unwrap(), Value::Int(20));
    assert_eq!(
        e.eval("depth(200)").unwrap_err().type_name(),
        "RecursionError"
    );
}

#[test]
fn engine_is_send_and_runs_in_parallel() {
    fn assert_send<T: Send>() {}
    assert_send::<Engine>();
    assert_send::<Error>();
    assert_send::<Value>();

    let script = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n";
    let handles: Vec<_> = (0..2)
        .map(|k| {
            std::thread::Builder::new()
                .stack_size(64 * 1024 * 1024)
                .spawn(move || {
                    let mut e = Engine::new();
                    let out = Capture::default();
                    e.set_output(out.clone());
                    e.eval(script).unwrap();
                    e.eval(&format!("tag = {k}")).unwrap();
                    let mut results = Vec::new();
                    for n in 15..20 {
                        results.push(
                            i64::try_from(e.call("fib", &[Value::from(n)]).unwrap()).unwrap(),
                        );
                    }
                    e.run("print('thread', tag)", "t.py").unwrap();
                    (
                        results,
                        i64::try_from(e.eval("tag").unwrap()).unwrap(),
                        out.text(),
                    )
                })
                .unwrap()
        })
        .collect();
    for (k, h) in handles.into_iter().enumerate() {
        let (results, tag, text) = h.join().unwrap();
        assert_eq!(results, [610, 987, 1597, 2584, 4181]);
        assert_eq!(tag, k as i64, "engines do not share globals");
        assert_eq!(text, format!("thread {k}\n"));
    }

    // An engine built on one thread can be moved to another.
    let mut e = Engine::new();
    e.eval("x = 41").unwrap();
    let v = std::thread::spawn(move || e.eval("x + 1").unwrap())
        .join()
        .unwrap();
    assert_eq!(v, Value::Int(42));
}

#[test]
fn config_defaults_and_tiers() {
    let d = Config::default();
    assert_eq!(Config::new(), d);
    assert!(d.jit);
    assert_eq!(d.recursion_limit, 1000);
    let eager = Config {
        jit: true,
        specialize_after: 0,
        compile_after: 0,
        osr_after: 0,
        ..Config::default()
    };
    let off = Config {
        jit: false,
        ..Config::default()
    };
    for cfg in [off, d, eager] {
        let mut e = Engine::with_config(cfg.clone());
        assert_eq!(e.config(), &cfg);
        e.eval("def f(n):\n    t = 0\n    for i in range(n):\n        t += i * i\n    return t")
            .unwrap();
        for _ in 0..5 {
            assert_eq!(
                e.call("f", &[Value::from(1000)]).unwrap(),
                Value::Int(332833500)
            );
        }
    }
}

#[test]
fn config_from_lookup() {
    let lookup = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Config::from_lookup(|_| None).unwrap(), Config::default());
    let c = Config::from_lookup(lookup(&[("FIREBRAND_JIT", "0")])).unwrap();
    assert!(!c.jit);
    let c = Config::from_lookup(lookup(&[("FIREBRAND_JIT", "1")])).unwrap();
    assert!(c.jit);
    let c = Config::from_lookup(lookup(&[
        ("FIREBRAND_SPECIALIZE_AFTER", "0"),
        ("FIREBRAND_COMPILE_AFTER", "5"),
        ("FIREBRAND_OSR_AFTER", "123"),
    ]))
    .unwrap();
    assert_eq!(
        (c.specialize_after, c.compile_after, c.osr_after),
        (0, 5, 123)
    );

    for (var, value) in [
        ("FIREBRAND_JIT", "2"),
        ("FIREBRAND_JIT", "yes"),
        ("FIREBRAND_JIT", ""),
        ("FIREBRAND_SPECIALIZE_AFTER", "-1"),
        ("FIREBRAND_COMPILE_AFTER", "ten"),
        ("FIREBRAND_OSR_AFTER", "1.5"),
    ] {
        let err = Config::from_lookup(|k| (k == var).then(|| value.to_string())).unwrap_err();
        assert!(matches!(err, Error::Config(_)), "{var}={value}: {err:?}");
        assert!(
            err.message().contains(var),
            "{var}={value}: message {:?} should name the variable",
            err.message()
        );
        assert!(err.to_string().contains(var));
    }
}

#[test]
fn a_panic_inside_the_engine_becomes_an_error_not_a_crash() {
    let mut e = Engine::new();
    e.register_fn("boom", |_args: &[Value]| -> Result<Value, Error> {
        panic!("host function bug")
    });
    let err = e.eval("x = 1\nboom()").unwrap_err();
    assert_eq!(err.type_name(), "SystemError");
    assert!(
        err.message().contains("host function bug"),
        "{}",
        err.message()
    );
    // The engine refuses further work instead of running on inconsistent state.
    let again = e.eval("1 + 1").unwrap_err();
    assert_eq!(again.type_name(), "SystemError");
    assert!(
        again.message().contains("cannot be used"),
        "{}",
        again.message()
    );
    // Other engines are unaffected.
    assert_eq!(Engine::new().eval("1 + 1").unwrap(), Value::Int(2));
}

#[test]
fn assigning_an_instance_class_is_refused() {
    // Outside the subset: refused with a clear error, never stored as an ordinary
    // attribute (which left `type()` and methods on the old class).
    let mut engine = Engine::new();
    let err = engine
        .eval("class A:\n    pass\nclass B(A):\n    pass\no = A()\no.__class__ = B")
        .unwrap_err();
    assert_eq!(err.type_name(), "NotImplementedError");
    assert!(err.to_string().contains("assigning __class__"), "{err}");
    assert_eq!(engine.eval("type(o).__name__").unwrap(), Value::from("A"));
}
