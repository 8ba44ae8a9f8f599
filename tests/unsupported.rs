//! Features outside the language subset are refused with a clear `SyntaxError` or
//! `NotImplementedError` that names the feature (and, for compile-time refusals, the
//! line) — never a wrong result, a misleading error or a panic.

use firebrand::Engine;

/// (source, expected error type, text the message must contain)
const CASES: &[(&str, &str, &str)] = &[
    (
        "match 1:\n    case 1:\n        pass\n",
        "NotImplementedError",
        "the match statement",
    ),
    (
        "async def f():\n    pass\n",
        "NotImplementedError",
        "'async def'",
    ),
    (
        "print(1j)\n",
        "NotImplementedError",
        "complex numbers yet (line 1)",
    ),
    ("print(b'x')\n", "NotImplementedError", "bytes literals"),
    ("import copy\n", "NotImplementedError", "the 'copy' module"),
    (
        "class G:\n    def __get__(self, o, t=None):\n        return 1\nclass C:\n    x = G()\n",
        "NotImplementedError",
        "descriptor objects",
    ),
    (
        "import sys\nsys.stdin\n",
        "NotImplementedError",
        "sys.stdin",
    ),
    ("import os\n", "ModuleNotFoundError", "No module named 'os'"),
    ("globals()\n", "NotImplementedError", "globals()"),
    (
        "import heapq\nheapq.merge([1], [2])\n",
        "NotImplementedError",
        "heapq.merge",
    ),
    (
        "import random\nrandom.Random(1).getstate()\n",
        "NotImplementedError",
        "Random.getstate",
    ),
    (
        "from time import strftime\n",
        "NotImplementedError",
        "time.strftime",
    ),
    (
        "class Q:\n    pass\nQ().__dict__ = {}\n",
        "NotImplementedError",
        "assigning __dict__",
    ),
    ("eval('1')\n", "NotImplementedError", "eval()"),
    ("dir([])\n", "NotImplementedError", "dir()"),
    (
        "frozenset([1])\n",
        "NotImplementedError",
        "built-in type frozenset",
    ),
    ("bytes(3)\n", "NotImplementedError", "built-in type bytes"),
    (
        "bytearray()\n",
        "NotImplementedError",
        "built-in type bytearray",
    ),
    (
        "memoryview([])\n",
        "NotImplementedError",
        "built-in type memoryview",
    ),
    (
        "complex(1, 2)\n",
        "NotImplementedError",
        "built-in type complex",
    ),
    ("help(len)\n", "NotImplementedError", "help()"),
    (
        "try:\n    pass\nexcept* ValueError:\n    pass\n",
        "NotImplementedError",
        "except*",
    ),
];

#[test]
fn unsupported_features_are_refused_by_name() {
    let mut failures = Vec::new();
    for (src, kind, needle) in CASES {
        let mut e = Engine::new();
        match e.eval(src) {
            Ok(v) => failures.push(format!("{src:?}: ran and gave {v:?}")),
            Err(err) => {
                if err.type_name() != *kind || !err.message().contains(needle) {
                    failures.push(format!(
                        "{src:?}: got {}: {} (wanted {kind} containing {needle:?})",
                        err.type_name(),
                        err.message()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn engine_keeps_working_after_a_refusal() {
    let mut e = Engine::new();
    assert!(e.eval("import copy").is_err());
    assert_eq!(e.eval("1 + 1").unwrap(), firebrand::Value::Int(2));
}
