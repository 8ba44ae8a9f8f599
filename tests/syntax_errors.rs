//! Syntax errors compared with CPython 3.11: kind, message, line and 0-based columns.
//!
//! The expectations were produced by running each snippet as a file with `python3`
//! and reading the raised exception's `lineno`, `offset` and `end_offset` (an offset of
//! 0, used for errors at the end of the file, is `col == end_col == 0` here).

use firebrand::syntax::parse_module;

/// (source, kind, message, line, col, end_col)
const CASES: &[(&str, &str, &str, u32, u32, u32)] = &[
    ("x = (1 +", "SyntaxError", "'(' was never closed", 1, 4, 5),
    ("x = 1 2\ny = (", "SyntaxError", "invalid syntax", 1, 6, 7),
    (
        "x = (1 +\ny = 2",
        "SyntaxError",
        "'(' was never closed",
        1,
        4,
        5,
    ),
    (
        "x = \"abc",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        4,
        5,
    ),
    (
        "x = '''abc\n\n",
        "SyntaxError",
        "unterminated triple-quoted string literal (detected at line 2)",
        1,
        4,
        5,
    ),
    ("x = )", "SyntaxError", "unmatched ')'", 1, 4, 5),
    (
        "x = (1]",
        "SyntaxError",
        "closing parenthesis ']' does not match opening parenthesis '('",
        1,
        6,
        7,
    ),
    (
        "x = (1,\n2]",
        "SyntaxError",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        2,
        1,
        2,
    ),
    ("if x\n  pass", "SyntaxError", "expected ':'", 1, 4, 5),
    ("1abc", "SyntaxError", "invalid decimal literal", 1, 0, 1),
    ("0x", "SyntaxError", "invalid hexadecimal literal", 1, 1, 2),
    ("1_", "SyntaxError", "invalid decimal literal", 1, 1, 2),
    ("1__0", "SyntaxError", "invalid decimal literal", 1, 1, 2),
    (
        "0777",
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        0,
        1,
    ),
    ("1e", "SyntaxError", "invalid decimal literal", 1, 0, 1),
    ("1.e5x", "SyntaxError", "invalid decimal literal", 1, 3, 4),
    (
        "if x:\npass",
        "IndentationError",
        "expected an indented block after 'if' statement on line 1",
        2,
        0,
        4,
    ),
    (
        "if x:\n  a\n b",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        2,
        3,
    ),
    (" a", "IndentationError", "unexpected indent", 1, 0, 1),
    ("a\n    b", "IndentationError", "unexpected indent", 2, 3, 4),
    (
        "def f():\n\tif x:\n        pass",
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        3,
        0,
        1,
    ),
    (
        "1 = x",
        "SyntaxError",
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
        0,
        1,
    ),
    (
        "f() = 1",
        "SyntaxError",
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        0,
        3,
    ),
    (
        "a + 1 = 2",
        "SyntaxError",
        "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        1,
        0,
        5,
    ),
    (
        "if x = 1: pass",
        "SyntaxError",
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
        3,
        8,
    ),
    (
        "f(a=1, b)",
        "SyntaxError",
        "positional argument follows keyword argument",
        1,
        8,
        9,
    ),
    (
        "def f(a=1, b): pass",
        "SyntaxError",
        "non-default argument follows default argument",
        1,
        11,
        12,
    ),
    ("x = $", "SyntaxError", "invalid syntax", 1, 4, 5),
    (
        "print \"hi\"",
        "SyntaxError",
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
        0,
        10,
    ),
    (
        "x = (1 2)",
        "SyntaxError",
        "invalid syntax. Perhaps you forgot a comma?",
        1,
        5,
        8,
    ),
    ("a b", "SyntaxError", "invalid syntax", 1, 2, 3),
    ("x = [1, 2", "SyntaxError", "'[' was never closed", 1, 4, 5),
    ("f'{a'", "SyntaxError", "f-string: expecting '}'", 1, 5, 6),
    (
        "f'{}'",
        "SyntaxError",
        "f-string: empty expression not allowed",
        1,
        5,
        6,
    ),
    (
        "f'{a!x}'",
        "SyntaxError",
        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        1,
        8,
        9,
    ),
    (
        "f'}'",
        "SyntaxError",
        "f-string: single '}' is not allowed",
        1,
        4,
        5,
    ),
    (
        "x = \\\\ y",
        "SyntaxError",
        "unexpected character after line continuation character",
        1,
        5,
        6,
    ),
    (
        "x = 1 \\\\",
        "SyntaxError",
        "unexpected character after line continuation character",
        1,
        7,
        8,
    ),
    (
        "\"\\x4\"",
        "SyntaxError",
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
        1,
        5,
        6,
    ),
    ("del 1", "SyntaxError", "cannot delete literal", 1, 4, 5),
    (
        "for 1 in x: pass",
        "SyntaxError",
        "cannot assign to literal",
        1,
        4,
        5,
    ),
    (
        "(a, b) += 1",
        "SyntaxError",
        "'tuple' is an illegal expression for augmented assignment",
        1,
        0,
        6,
    ),
    (
        "x = yield = 1",
        "SyntaxError",
        "assignment to yield expression not possible",
        1,
        4,
        9,
    ),
    (
        "try:\n  x\ny=1",
        "SyntaxError",
        "expected 'except' or 'finally' block",
        3,
        0,
        1,
    ),
    ("else: pass", "SyntaxError", "invalid syntax", 1, 0, 4),
    (
        "x = 1 if 2",
        "SyntaxError",
        "expected 'else' after 'if' expression",
        1,
        4,
        10,
    ),
    ("import", "SyntaxError", "invalid syntax", 1, 6, 7),
    ("from x import", "SyntaxError", "invalid syntax", 1, 13, 14),
    (
        "class A(x=1, y): pass",
        "SyntaxError",
        "positional argument follows keyword argument",
        1,
        14,
        15,
    ),
    (
        "if x:\n",
        "IndentationError",
        "expected an indented block after 'if' statement on line 1",
        1,
        0,
        0,
    ),
    ("def f:\n  pass", "SyntaxError", "expected '('", 1, 5, 6),
    ("def f() x", "SyntaxError", "expected ':'", 1, 8, 9),
    ("class A x", "SyntaxError", "invalid syntax", 1, 8, 9),
    ("for x in y z", "SyntaxError", "invalid syntax", 1, 11, 12),
    ("try x", "SyntaxError", "expected ':'", 1, 4, 5),
    ("while x y:", "SyntaxError", "invalid syntax", 1, 8, 9),
    ("x = 1 +", "SyntaxError", "invalid syntax", 1, 7, 8),
    ("@\ndef f(): pass", "SyntaxError", "invalid syntax", 1, 1, 2),
    ("x.1", "SyntaxError", "invalid syntax", 1, 1, 3),
    (
        "a = 1 = 2",
        "SyntaxError",
        "cannot assign to literal",
        1,
        4,
        5,
    ),
    (
        "a, b += 1",
        "SyntaxError",
        "'tuple' is an illegal expression for augmented assignment",
        1,
        0,
        4,
    ),
    (
        "f(**x, *y)",
        "SyntaxError",
        "iterable argument unpacking follows keyword argument unpacking",
        1,
        7,
        8,
    ),
    (
        "f(x for x in y, 1)",
        "SyntaxError",
        "Generator expression must be parenthesized",
        1,
        2,
        14,
    ),
    (
        "f(a, x for x in y)",
        "SyntaxError",
        "Generator expression must be parenthesized",
        1,
        5,
        17,
    ),
    (
        "def f(*): pass",
        "SyntaxError",
        "named arguments must follow bare *",
        1,
        6,
        7,
    ),
    (
        "del f()",
        "SyntaxError",
        "cannot delete function call",
        1,
        4,
        7,
    ),
    (
        "del a + 1",
        "SyntaxError",
        "cannot delete expression",
        1,
        4,
        9,
    ),
    ("None = 1", "SyntaxError", "cannot assign to None", 1, 0, 4),
    ("f(True=1)", "SyntaxError", "cannot assign to True", 1, 2, 7),
    (
        "a if b else c = 1",
        "SyntaxError",
        "cannot assign to conditional expression",
        1,
        0,
        13,
    ),
    (
        "lambda x: x = 1",
        "SyntaxError",
        "cannot assign to lambda",
        1,
        0,
        11,
    ),
    (
        "not a = 1",
        "SyntaxError",
        "cannot assign to expression",
        1,
        0,
        5,
    ),
    ("a := 1", "SyntaxError", "invalid syntax", 1, 2, 4),
    (
        "(a.b := 1)",
        "SyntaxError",
        "cannot use assignment expressions with attribute",
        1,
        1,
        4,
    ),
    (
        "x = 1 if 2",
        "SyntaxError",
        "expected 'else' after 'if' expression",
        1,
        4,
        10,
    ),
    (
        "f\"{x!}\"",
        "SyntaxError",
        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        1,
        7,
        8,
    ),
    (
        "f\"{x:{y:{z}}}\"",
        "SyntaxError",
        "f-string: expressions nested too deeply",
        1,
        14,
        15,
    ),
    (
        "f\"{#}\"",
        "SyntaxError",
        "f-string expression part cannot include '#'",
        1,
        6,
        7,
    ),
    (
        "f\"{)}\"",
        "SyntaxError",
        "f-string: unmatched ')'",
        1,
        6,
        7,
    ),
    (
        "f\"{(}\"",
        "SyntaxError",
        "f-string: closing parenthesis '}' does not match opening parenthesis '('",
        1,
        6,
        7,
    ),
    (
        "f\"{a}}\"",
        "SyntaxError",
        "f-string: single '}' is not allowed",
        1,
        7,
        8,
    ),
    (
        "\"a\" b\"b\"",
        "SyntaxError",
        "cannot mix bytes and nonbytes literals",
        1,
        8,
        9,
    ),
    (
        "try:\n  x\n",
        "SyntaxError",
        "expected 'except' or 'finally' block",
        2,
        0,
        0,
    ),
    (
        "if x:\n\n\n",
        "IndentationError",
        "expected an indented block after 'if' statement on line 1",
        3,
        0,
        0,
    ),
    (
        "a, 1 = x",
        "SyntaxError",
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
        3,
        4,
    ),
    (
        "if x.y = 1: pass",
        "SyntaxError",
        "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
        1,
        3,
        6,
    ),
    (
        "[a = 1]",
        "SyntaxError",
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
        1,
        6,
    ),
    (
        "f(a.b=1)",
        "SyntaxError",
        "expression cannot contain assignment, perhaps you meant \"==\"?",
        1,
        2,
        6,
    ),
    (
        "(a, 1) = 1",
        "SyntaxError",
        "cannot assign to literal",
        1,
        4,
        5,
    ),
    (
        "x = 1; 1 = 2",
        "SyntaxError",
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
        7,
        8,
    ),
    (
        "def f(*a=1): pass",
        "SyntaxError",
        "var-positional argument cannot have default value",
        1,
        8,
        9,
    ),
    (
        "try:\n  x\nexcept A, B:\n  pass",
        "SyntaxError",
        "multiple exception types must be parenthesized",
        3,
        7,
        11,
    ),
    (
        "from a import b,",
        "SyntaxError",
        "trailing comma not allowed without surrounding parentheses",
        1,
        16,
        17,
    ),
    (
        "x = (*a)",
        "SyntaxError",
        "cannot use starred expression here",
        1,
        5,
        7,
    ),
    (
        "f(**a, b)",
        "SyntaxError",
        "positional argument follows keyword argument unpacking",
        1,
        8,
        9,
    ),
    (
        "1, a = x",
        "SyntaxError",
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
        3,
        8,
    ),
    (
        "a = 1 = b",
        "SyntaxError",
        "cannot assign to literal",
        1,
        4,
        5,
    ),
    (
        "x = a + 1 = 2",
        "SyntaxError",
        "cannot assign to expression",
        1,
        4,
        9,
    ),
    (
        "a.b, f() = 1",
        "SyntaxError",
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        5,
        8,
    ),
    (
        "for x, 1 in y: pass",
        "SyntaxError",
        "cannot assign to literal",
        1,
        7,
        8,
    ),
    (
        "with a as 1: pass",
        "SyntaxError",
        "cannot assign to literal",
        1,
        10,
        11,
    ),
    (
        "[x for 1 in y]",
        "SyntaxError",
        "cannot assign to literal",
        1,
        7,
        8,
    ),
    ("f(x)(", "SyntaxError", "'(' was never closed", 1, 4, 5),
    (
        "x = [\n1,\n2\n",
        "SyntaxError",
        "'[' was never closed",
        1,
        4,
        5,
    ),
    ("a =", "SyntaxError", "invalid syntax", 1, 3, 4),
    (
        "if True:\n    x = (1,\n  2)\n  y",
        "IndentationError",
        "unindent does not match any outer indentation level",
        4,
        3,
        4,
    ),
    (
        "€",
        "SyntaxError",
        "invalid character '€' (U+20AC)",
        1,
        0,
        1,
    ),
    ("x = 1 ? 2", "SyntaxError", "invalid syntax", 1, 6, 7),
    (
        "0b102",
        "SyntaxError",
        "invalid digit '2' in binary literal",
        1,
        4,
        5,
    ),
    (
        "0o8",
        "SyntaxError",
        "invalid digit '8' in octal literal",
        1,
        2,
        3,
    ),
    ("0b", "SyntaxError", "invalid binary literal", 1, 1, 2),
    ("1 if 2 else", "SyntaxError", "invalid syntax", 1, 11, 12),
    ("def f(:\n  pass", "SyntaxError", "invalid syntax", 1, 6, 7),
    (
        "\tx = (1 +",
        "IndentationError",
        "unexpected indent",
        1,
        0,
        1,
    ),
    ("x = 1e+", "SyntaxError", "invalid decimal literal", 1, 6, 7),
    ("1.2.3", "SyntaxError", "invalid syntax", 1, 3, 5),
    (
        "0x1g",
        "SyntaxError",
        "invalid hexadecimal literal",
        1,
        2,
        3,
    ),
    ("12_a\n", "SyntaxError", "invalid decimal literal", 1, 2, 3),
    (
        "def f(x):\n    return x +\n",
        "SyntaxError",
        "invalid syntax",
        2,
        14,
        15,
    ),
    (
        "for i in range(10)\n    print(i)",
        "SyntaxError",
        "expected ':'",
        1,
        18,
        19,
    ),
    (
        "while True\n    pass",
        "SyntaxError",
        "expected ':'",
        1,
        10,
        11,
    ),
    ("class A\n    pass", "SyntaxError", "expected ':'", 1, 7, 8),
    ("def f()\n    pass", "SyntaxError", "expected ':'", 1, 7, 8),
    (
        "if x == 1:\n    print(1)\n  else:\n    print(2)",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        7,
        8,
    ),
    (
        "x = [1, 2, 3\nprint(x)",
        "SyntaxError",
        "'[' was never closed",
        1,
        4,
        5,
    ),
    (
        "print(\"hello)",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        6,
        7,
    ),
    (
        "d = {'a': 1, 'b' 2}",
        "SyntaxError",
        "':' expected after dictionary key",
        1,
        15,
        16,
    ),
    (
        "x = 5\nif x > 3:\nprint(x)",
        "IndentationError",
        "expected an indented block after 'if' statement on line 2",
        3,
        0,
        5,
    ),
    (
        "def f():\n    x = 1\n     y = 2",
        "IndentationError",
        "unexpected indent",
        3,
        4,
        5,
    ),
    ("else:\n    pass", "SyntaxError", "invalid syntax", 1, 0, 4),
    (
        "x = (1, 2,\n     3\ny = 4",
        "SyntaxError",
        "'(' was never closed",
        1,
        4,
        5,
    ),
    ("foo(a, b", "SyntaxError", "'(' was never closed", 1, 3, 4),
    ("x += ", "SyntaxError", "invalid syntax", 1, 5, 6),
    ("import os.", "SyntaxError", "invalid syntax", 1, 10, 11),
    ("from . import", "SyntaxError", "invalid syntax", 1, 13, 14),
    (
        "lambda x: yield x",
        "SyntaxError",
        "invalid syntax",
        1,
        10,
        15,
    ),
    (
        "x = [i for i in]",
        "SyntaxError",
        "invalid syntax",
        1,
        15,
        16,
    ),
    (
        "f(**kwargs, *args)",
        "SyntaxError",
        "iterable argument unpacking follows keyword argument unpacking",
        1,
        12,
        13,
    ),
    (
        "a = b = c = 1 = 2",
        "SyntaxError",
        "cannot assign to literal",
        1,
        12,
        13,
    ),
    ("x = 1 +* 2", "SyntaxError", "invalid syntax", 1, 7, 8),
    ("def f[T](x): pass", "SyntaxError", "expected '('", 1, 5, 6),
    (
        "x = 1\n  \n\ty = 2",
        "IndentationError",
        "unexpected indent",
        3,
        0,
        1,
    ),
    (
        "if True:\n\tpass\n        pass",
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        3,
        0,
        1,
    ),
    ("assert x, ", "SyntaxError", "invalid syntax", 1, 10, 11),
    ("raise from e", "SyntaxError", "invalid syntax", 1, 6, 10),
    ("del", "SyntaxError", "invalid syntax", 1, 3, 4),
    ("global", "SyntaxError", "invalid syntax", 1, 6, 7),
    (
        "try:\n    pass\nexcept Exception as e.x:\n    pass",
        "SyntaxError",
        "invalid syntax",
        3,
        21,
        22,
    ),
    (
        "with open(f) as g:\nprint(1)",
        "IndentationError",
        "expected an indented block after 'with' statement on line 1",
        2,
        0,
        5,
    ),
    (
        "x = 1 if True else 2 if False",
        "SyntaxError",
        "expected 'else' after 'if' expression",
        1,
        19,
        29,
    ),
    ("x = not", "SyntaxError", "invalid syntax", 1, 7, 8),
    (
        "(x for x in y) = 1",
        "SyntaxError",
        "cannot assign to generator expression",
        1,
        0,
        14,
    ),
    (
        "True += 1",
        "SyntaxError",
        "'True' is an illegal expression for augmented assignment",
        1,
        0,
        4,
    ),
    ("x = 0_", "SyntaxError", "invalid decimal literal", 1, 5, 6),
    (
        "x = 1__000",
        "SyntaxError",
        "invalid decimal literal",
        1,
        5,
        6,
    ),
    ("x = 0b1_", "SyntaxError", "invalid binary literal", 1, 7, 8),
    ("x = 5 6", "SyntaxError", "invalid syntax", 1, 6, 7),
    ("x = a.", "SyntaxError", "invalid syntax", 1, 6, 7),
    (
        "if x:\n    pass\nelif:\n    pass",
        "SyntaxError",
        "invalid syntax",
        3,
        4,
        5,
    ),
    (
        "x = {1: 2, 3}",
        "SyntaxError",
        "':' expected after dictionary key",
        1,
        11,
        12,
    ),
    ("x = {1, 2: 3}", "SyntaxError", "invalid syntax", 1, 9, 10),
    (
        "x = 'unterminated\n",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        4,
        5,
    ),
    (
        "x = (\n'a'\n'b'",
        "SyntaxError",
        "'(' was never closed",
        1,
        4,
        5,
    ),
    (
        "class C:\n    def m(self):\n        pass\n  x = 1",
        "IndentationError",
        "unindent does not match any outer indentation level",
        4,
        7,
        8,
    ),
    (
        "x = [a b c]",
        "SyntaxError",
        "invalid syntax. Perhaps you forgot a comma?",
        1,
        5,
        8,
    ),
    (
        "f(a b)",
        "SyntaxError",
        "invalid syntax. Perhaps you forgot a comma?",
        1,
        2,
        5,
    ),
    (
        "x = {'a' 1}\n",
        "SyntaxError",
        "invalid syntax. Perhaps you forgot a comma?",
        1,
        5,
        10,
    ),
];

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    for &(src, kind, msg, line, col, end_col) in CASES {
        match parse_module(src) {
            Ok(_) => failures.push(format!("{src:?}: parsed, expected {msg}")),
            Err(e) => {
                let got = (e.kind, e.msg.as_str(), e.line, e.col, e.end_col);
                let want = (kind, msg, line, col, end_col);
                // CPython underlines one character of indentation errors whatever the
                // span; only the start is compared for them.
                let same = if kind == "SyntaxError" {
                    got == want
                } else {
                    (got.0, got.1, got.2, got.3) == (want.0, want.1, want.2, want.3)
                };
                if !same {
                    failures.push(format!("{src:?}: got {got:?}, want {want:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn render_matches_cpython_display() {
    let e = parse_module("x = (1 +").unwrap_err();
    assert_eq!(
        e.render("t.py"),
        "  File \"t.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n"
    );
    let e = parse_module("if x:\n    f(a for a in b, c)\n").unwrap_err();
    assert_eq!(
        e.render("t.py"),
        "  File \"t.py\", line 2\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"
    );
    // No caret when the error has no column, or lies in the stripped indentation.
    let e = parse_module("if x:\n").unwrap_err();
    assert_eq!(
        e.render("t.py"),
        "  File \"t.py\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1\n"
    );
    let e = parse_module("x\n    y\n").unwrap_err();
    assert_eq!(
        e.render("t.py"),
        "  File \"t.py\", line 2\n    y\nIndentationError: unexpected indent\n"
    );
    assert_eq!(e.to_string(), "unexpected indent (line 2)");
}

#[test]
fn more_errors() {
    let err = |src: &str| parse_module(src).unwrap_err();
    assert_eq!(err("x = 1\0").msg, "source code cannot contain null bytes");
    let e = err("'\\N{DASH}'");
    assert!(e.msg.contains("unknown Unicode character name"));
    let deep = format!("x = {}1{}", "(".repeat(250), ")".repeat(250));
    assert_eq!(err(&deep).msg, "too many nested parentheses");
    let deep = format!("x = {}1", "-".repeat(5000));
    assert!(parse_module(&deep).is_err());
    // CPython accepts 199 nested brackets; so does the parser, whatever the stack of
    // the calling thread (tests run on small ones).
    let deep = format!("x = {}1{}", "[".repeat(199), "]".repeat(199));
    assert!(parse_module(&deep).is_ok());
    let long = format!("x = {}", vec!["a.b(c)[d]"; 250].join(" + "));
    assert!(parse_module(&long).is_ok());
    let too_long = format!("x = {}", vec!["1"; 5000].join(" + "));
    assert_eq!(err(&too_long).msg, "expression too complex");
    let nested_ifs: String = (0..120)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    assert_eq!(err(&nested_ifs).msg, "too many levels of indentation");
    assert_eq!(err("def f(a, /, b, /): pass").msg, "/ may appear only once");
    assert_eq!(
        err("def f(**k, a): pass").msg,
        "arguments cannot follow var-keyword argument"
    );
    assert_eq!(
        err("f'{x:{y:{z}}}'").msg,
        "f-string: expressions nested too deeply"
    );
    assert_eq!(
        err("f'{a b}'").msg,
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        err("b'é'").msg,
        "bytes can only contain ASCII literal characters"
    );
    let e = err("a, b: int");
    assert_eq!(e.msg, "only single target (not tuple) can be annotated");
    assert_eq!((e.col, e.end_col), (0, 1));
    assert_eq!(err("f(): int").msg, "illegal target for annotation");
    let e = err("print 'a' % x");
    assert_eq!(
        e.msg,
        "Missing parentheses in call to 'print'. Did you mean print(...)?"
    );
    assert_eq!((e.col, e.end_col), (0, 13));
    assert_eq!(err("x = f'{a!r=}'").msg, "f-string: expecting '}'");
}
