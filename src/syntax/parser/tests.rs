//! Parser unit tests: tree shapes (precedence), statements, positions, f-strings.

use super::parse_module;
use crate::syntax::ast::*;

/// A compact s-expression rendering of an expression, for shape assertions.
fn sx(e: &Expr) -> String {
    let list = |xs: &[Expr]| xs.iter().map(sx).collect::<Vec<_>>().join(" ");
    let opt = |x: &Option<Box<Expr>>| x.as_ref().map_or("_".to_string(), |x| sx(x));
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Constant(c) => match c {
            Constant::Int(v) => v.to_string(),
            Constant::BigInt(s) => format!("big:{s}"),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Imaginary(f) => format!("{f:?}j"),
            Constant::Str(s) => format!("{s:?}"),
            Constant::Bytes(b) => format!("b{b:?}"),
            Constant::Bool(b) => format!("{b}"),
            Constant::None => "None".into(),
            Constant::Ellipsis => "...".into(),
        },
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", op.symbol(), sx(left), sx(right))
        }
        ExprKind::UnaryOp { op, operand } => {
            let o = match op {
                UnaryOpKind::Invert => "~",
                UnaryOpKind::Not => "not",
                UnaryOpKind::UAdd => "pos",
                UnaryOpKind::USub => "neg",
            };
            format!("({o} {})", sx(operand))
        }
        ExprKind::BoolOp { op, values } => {
            let o = if *op == BoolOpKind::And { "and" } else { "or" };
            format!("({o} {})", list(values))
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(cmp {}", sx(left));
            for (op, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {op:?} {}", sx(c)));
            }
            s + ")"
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut s = format!("(call {}", sx(func));
            for a in args {
                s.push_str(&format!(" {}", sx(a)));
            }
            for k in keywords {
                let n = k.name.clone().unwrap_or_else(|| "**".into());
                s.push_str(&format!(" {n}={}", sx(&k.value)));
            }
            s + ")"
        }
        ExprKind::Attribute { value, attr } => format!("(. {} {attr})", sx(value)),
        ExprKind::Subscript { value, slice } => format!("([] {} {})", sx(value), sx(slice)),
        ExprKind::Slice { lower, upper, step } => {
            format!("(slice {} {} {})", opt(lower), opt(upper), opt(step))
        }
        ExprKind::Tuple(xs) => format!("(tuple {})", list(xs)),
        ExprKind::List(xs) => format!("(list {})", list(xs)),
        ExprKind::Set(xs) => format!("(set {})", list(xs)),
        ExprKind::Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| format!("{}:{}", k.as_ref().map_or("**".into(), sx), sx(v)))
                .collect();
            format!("(dict {})", items.join(" "))
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sx(test), sx(body), sx(orelse))
        }
        ExprKind::Lambda { args, body } => format!("(lambda {} {})", args.args.len(), sx(body)),
        ExprKind::Starred(v) => format!("(* {})", sx(v)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", sx(target), sx(value)),
        ExprKind::Yield(v) => format!("(yield {})", opt(v)),
        ExprKind::YieldFrom(v) => format!("(yieldfrom {})", sx(v)),
        ExprKind::JoinedStr(xs) => format!("(f {})", list(xs)),
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => format!(
            "(fv {} {} {})",
            sx(value),
            conversion.map_or("_".into(), |c| c.to_string()),
            opt(format_spec)
        ),
        ExprKind::GeneratorExp { elt, generators }
        | ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators } => {
            let kind = match &e.kind {
                ExprKind::GeneratorExp { .. } => "gen",
                ExprKind::ListComp { .. } => "listcomp",
                _ => "setcomp",
            };
            format!("({kind} {}{})", sx(elt), comps(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            format!("(dictcomp {}:{}{})", sx(key), sx(value), comps(generators))
        }
    }
}

fn comps(gens: &[Comprehension]) -> String {
    gens.iter()
        .map(|g| {
            let ifs: String = g.ifs.iter().map(|i| format!(" if {}", sx(i))).collect();
            format!(" for {} in {}{}", sx(&g.target), sx(&g.iter), ifs)
        })
        .collect()
}

/// The single expression statement of `src`.
fn expr(src: &str) -> Expr {
    let m = parse_module(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    match m.body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => e,
        other => panic!("not an expression statement: {other:?}"),
    }
}

fn shape(src: &str) -> String {
    sx(&expr(src))
}

fn stmts(src: &str) -> Vec<Stmt> {
    parse_module(src)
        .unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
        .body
}

#[test]
fn arithmetic_precedence() {
    assert_eq!(shape("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(shape("1 - 2 - 3"), "(- (- 1 2) 3)");
    assert_eq!(shape("2 ** 3 ** 2"), "(** 2 (** 3 2))");
    assert_eq!(shape("-2 ** 2"), "(neg (** 2 2))");
    assert_eq!(shape("2 ** -1"), "(** 2 (neg 1))");
    assert_eq!(shape("-x ** -y ** z"), "(neg (** x (neg (** y z))))");
    assert_eq!(shape("a // b % c @ d"), "(@ (% (// a b) c) d)");
    assert_eq!(shape("~a + b"), "(+ (~ a) b)");
    assert_eq!(
        shape("a | b ^ c & d << e + f"),
        "(| a (^ b (& c (<< d (+ e f)))))"
    );
    assert_eq!(shape("a >> b << c"), "(<< (>> a b) c)");
    assert_eq!(shape("(1 + 2) * 3"), "(* (+ 1 2) 3)");
    assert_eq!(shape("- - 1"), "(neg (neg 1))");
}

#[test]
fn boolean_and_comparison_precedence() {
    assert_eq!(shape("a or b and c"), "(or a (and b c))");
    assert_eq!(shape("a or b or c"), "(or a b c)");
    assert_eq!(shape("not a and b"), "(and (not a) b)");
    assert_eq!(shape("not a == b"), "(not (cmp a Eq b))");
    assert_eq!(shape("a < b <= c"), "(cmp a Lt b LtE c)");
    assert_eq!(shape("a not in b is not c"), "(cmp a NotIn b IsNot c)");
    assert_eq!(shape("a in b is c != d"), "(cmp a In b Is c NotEq d)");
    assert_eq!(shape("a | b == c"), "(cmp (| a b) Eq c)");
    assert_eq!(shape("x if a else y if b else z"), "(if a x (if b y z))");
    assert_eq!(shape("a or b if c else d"), "(if c (or a b) d)");
    assert_eq!(shape("lambda: a if b else c"), "(lambda 0 (if b a c))");
    assert_eq!(shape("lambda x, y=1: x + y"), "(lambda 2 (+ x y))");
    assert_eq!(shape("(y := f(x))"), "(:= y (call f x))");
}

#[test]
fn primaries() {
    assert_eq!(shape("a.b.c"), "(. (. a b) c)");
    assert_eq!(shape("f(x)(y)"), "(call (call f x) y)");
    assert_eq!(shape("f(1, *a, k=2, **kw)"), "(call f 1 (* a) k=2 **=kw)");
    assert_eq!(shape("a[1:2:3]"), "([] a (slice 1 2 3))");
    assert_eq!(shape("a[:]"), "([] a (slice _ _ _))");
    assert_eq!(shape("a[::2]"), "([] a (slice _ _ 2))");
    assert_eq!(shape("a[:, 1]"), "([] a (tuple (slice _ _ _) 1))");
    assert_eq!(shape("a[1,]"), "([] a (tuple 1))");
    assert_eq!(shape("a[i][j]"), "([] ([] a i) j)");
    assert_eq!(shape("-a.b[c]"), "(neg ([] (. a b) c))");
    assert_eq!(shape("f(x for x in y)"), "(call f (gen x for x in y))");
    assert_eq!(shape("..."), "...");
}

#[test]
fn displays_and_comprehensions() {
    assert_eq!(shape("()"), "(tuple )");
    assert_eq!(shape("(1,)"), "(tuple 1)");
    assert_eq!(shape("1, 2"), "(tuple 1 2)");
    assert_eq!(shape("[1, *a]"), "(list 1 (* a))");
    assert_eq!(shape("{}"), "(dict )");
    assert_eq!(shape("{1: 2, **m}"), "(dict 1:2 **:m)");
    assert_eq!(shape("{1, 2}"), "(set 1 2)");
    assert_eq!(
        shape("[x * y for x in a if x for y in b if y if z]"),
        "(listcomp (* x y) for x in a if x for y in b if y if z)"
    );
    assert_eq!(
        shape("{k: v for k, v in d}"),
        "(dictcomp k:v for (tuple k v) in d)"
    );
    assert_eq!(shape("{x for x in y}"), "(setcomp x for x in y)");
    assert_eq!(shape("(x for x in y)"), "(gen x for x in y)");
    assert_eq!(
        shape("[x for x in a or b]"),
        "(listcomp x for x in (or a b))"
    );
}

#[test]
fn literals() {
    assert_eq!(shape("0x_ff"), "255");
    assert_eq!(shape("0o17 + 0b101"), "(+ 15 5)");
    assert_eq!(shape("1_000_000"), "1000000");
    assert_eq!(shape("9223372036854775807"), "9223372036854775807");
    assert_eq!(shape("9223372036854775808"), "big:9223372036854775808");
    assert_eq!(
        shape("0xffffffffffffffffffff"),
        "big:1208925819614629174706175"
    );
    assert_eq!(shape("0b1_0"), "2");
    assert_eq!(shape("1."), "1.0");
    assert_eq!(shape(".5"), "0.5");
    assert_eq!(shape("1e10"), "10000000000.0");
    assert_eq!(shape("1_000.5"), "1000.5");
    assert_eq!(shape("2j"), "2.0j");
    assert_eq!(shape("1E-3J"), "0.001j");
    assert_eq!(shape("00"), "0");
    assert_eq!(shape("True, False, None"), "(tuple true false None)");
}

#[test]
fn strings() {
    assert_eq!(shape(r#"'a' "b" '''c''' """d""""#), "\"abcd\"");
    assert_eq!(shape(r"r'\n' R'\d'"), r#""\\n\\d""#);
    assert_eq!(shape(r"'\x41\u00e9\U0001F600\101'"), "\"Aé😀A\"");
    assert_eq!(shape("'a\\\nb'"), "\"ab\"");
    assert_eq!(shape(r"b'\x00a' rb'\n'"), "b[0, 97, 92, 110]");
    assert_eq!(shape(r"u'x' U'y'"), "\"xy\"");
    assert_eq!(shape("'''a\nb'''"), "\"a\\nb\"");
}

#[test]
fn fstrings() {
    assert_eq!(shape("f'a{x}b'"), "(f \"a\" (fv x _ _) \"b\")");
    assert_eq!(
        shape("f'{x!r:>{w}.{p}f}'"),
        "(f (fv x r (f \">\" (fv w _ _) \".\" (fv p _ _) \"f\")))"
    );
    assert_eq!(shape("f'{x=}'"), "(f \"x=\" (fv x r _))");
    assert_eq!(shape("f'{x = :>5}'"), "(f \"x = \" (fv x _ (f \">5\")))");
    assert_eq!(shape("f'{x=!s}'"), "(f \"x=\" (fv x s _))");
    assert_eq!(shape("f'{{{x}}}'"), "(f \"{\" (fv x _ _) \"}\")");
    assert_eq!(shape("'a' f'{x}' 'b'"), "(f \"a\" (fv x _ _) \"b\")");
    assert_eq!(shape("f'{a[\"k\"]!a}'"), "(f (fv ([] a \"k\") a _))");
    assert_eq!(shape("f'{x:}'"), "(f (fv x _ (f )))");
    assert_eq!(shape("f'{a, b}'"), "(f (fv (tuple a b) _ _))");
    assert_eq!(shape("f'{x!=y}'"), "(f (fv (cmp x NotEq y) _ _))");
    assert_eq!(shape("f'{f\"{y}\"}'"), "(f (fv (f (fv y _ _)) _ _))");
    assert_eq!(shape("rf'\\{x}'"), "(f \"\\\\\" (fv x _ _))");
    assert_eq!(shape("f'\\n{x}'"), "(f \"\\n\" (fv x _ _))");
    assert_eq!(shape("f''"), "(f )");
}

#[test]
fn positions() {
    let e = expr("a + b * c");
    assert_eq!(e.pos, Pos { line: 1, col: 0 });
    let ExprKind::BinOp { right, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(right.pos, Pos { line: 1, col: 4 });
    let e = expr("(1, 2)");
    assert_eq!(e.pos.col, 0);
    let e = expr("(a)");
    assert_eq!(e.pos.col, 1);
    let e = expr("  [x]".trim_start());
    assert_eq!(e.pos.col, 0);
    let s = stmts("if x:\n    y = 1\nelse:\n    pass\n");
    let StmtKind::If { body, orelse, .. } = &s[0].kind else {
        panic!()
    };
    assert_eq!(body[0].pos, Pos { line: 2, col: 4 });
    assert_eq!(orelse[0].pos, Pos { line: 4, col: 4 });
    let s = stmts("@dec\ndef f(a, b=1): return a\n");
    assert_eq!(s[0].pos, Pos { line: 2, col: 0 });
    let e = expr("f'{x}' + 1");
    let ExprKind::BinOp { left, .. } = &e.kind else {
        panic!()
    };
    let ExprKind::JoinedStr(parts) = &left.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value, .. } = &parts[0].kind else {
        panic!()
    };
    assert_eq!(value.pos, Pos { line: 1, col: 3 });
    let e = expr("x = 1; f(\n  a,\n  bb)".split("; ").nth(1).unwrap_or(""));
    let ExprKind::Call { args, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(args[1].pos, Pos { line: 3, col: 2 });
    let e = expr("'é' + x");
    let ExprKind::BinOp { right, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(right.pos.col, 6);
}

#[test]
fn simple_statements() {
    let s = stmts("a = b = 1\nx, *rest = y\na += 1; b **= 2;\nc: int = 3\nd: str\n");
    assert!(matches!(&s[0].kind, StmtKind::Assign { targets, .. } if targets.len() == 2));
    let StmtKind::Assign { targets, .. } = &s[1].kind else {
        panic!()
    };
    assert_eq!(sx(&targets[0]), "(tuple x (* rest))");
    assert!(matches!(
        s[2].kind,
        StmtKind::AugAssign { op: BinOp::Add, .. }
    ));
    assert!(matches!(
        s[3].kind,
        StmtKind::AugAssign { op: BinOp::Pow, .. }
    ));
    assert!(matches!(
        s[4].kind,
        StmtKind::AnnAssign { value: Some(_), .. }
    ));
    assert!(matches!(s[5].kind, StmtKind::AnnAssign { value: None, .. }));
    let ops = [
        "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//=",
    ];
    for op in ops {
        let s = stmts(&format!("x {op} 1\n"));
        let StmtKind::AugAssign { op: o, .. } = s[0].kind else {
            panic!()
        };
        assert_eq!(format!("{}=", o.symbol()), op);
    }
    let s = stmts(
        "del a, b[0], c.d\nreturn\nraise E from e\nassert x, 'm'\nglobal a, b\nnonlocal c\npass\nbreak\ncontinue\n",
    );
    assert!(matches!(&s[0].kind, StmtKind::Delete(t) if t.len() == 3));
    assert!(matches!(s[1].kind, StmtKind::Return(None)));
    assert!(matches!(
        s[2].kind,
        StmtKind::Raise {
            exc: Some(_),
            cause: Some(_)
        }
    ));
    assert!(matches!(s[3].kind, StmtKind::Assert { msg: Some(_), .. }));
    assert!(matches!(&s[4].kind, StmtKind::Global(n) if n.len() == 2));
    assert!(matches!(&s[5].kind, StmtKind::Nonlocal(n) if n == &["c"]));
    assert!(matches!(s[6].kind, StmtKind::Pass));
    assert!(matches!(s[7].kind, StmtKind::Break));
    assert!(matches!(s[8].kind, StmtKind::Continue));
}

#[test]
fn imports() {
    let s = stmts(
        "import a.b as c, d\nfrom .. import (x as y, z,)\nfrom ...m.n import *\nfrom __future__ import annotations\n",
    );
    let StmtKind::Import(names) = &s[0].kind else {
        panic!()
    };
    assert_eq!(names[0].name, "a.b");
    assert_eq!(names[0].asname.as_deref(), Some("c"));
    assert_eq!(names[1].pos, Pos { line: 1, col: 17 });
    let StmtKind::ImportFrom {
        module,
        names,
        level,
    } = &s[1].kind
    else {
        panic!()
    };
    assert_eq!((module.as_deref(), names.len(), *level), (None, 2, 2));
    let StmtKind::ImportFrom {
        module,
        names,
        level,
    } = &s[2].kind
    else {
        panic!()
    };
    assert_eq!(
        (module.as_deref(), names[0].name.as_str(), *level),
        (Some("m.n"), "*", 3)
    );
}

#[test]
fn compound_statements() {
    let src = "\
def f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> int:
    '''doc'''
    return a

class C(B, metaclass=M):
    x = 1
    @staticmethod
    def g(): pass

for i, j in pairs:
    continue
else:
    pass
while x: x -= 1
if a: pass
elif b: pass
elif c: pass
else: pass
try:
    pass
except (A, B) as e:
    pass
except C:
    pass
except:
    pass
else:
    pass
finally:
    pass
with open(p) as f, g() as (a, b):
    pass
with (a as b, c):
    pass
with (a, b):
    pass
";
    let s = stmts(src);
    let StmtKind::FunctionDef(f) = &s[0].kind else {
        panic!()
    };
    let a = &f.args;
    assert_eq!(a.posonlyargs.len(), 2);
    assert_eq!(a.args.len(), 1);
    assert_eq!(a.vararg.as_ref().map(|v| v.name.as_str()), Some("args"));
    assert_eq!(a.kwonlyargs.len(), 2);
    assert!(a.kw_defaults[0].is_none() && a.kw_defaults[1].is_some());
    assert_eq!(a.kwarg.as_ref().map(|v| v.name.as_str()), Some("kw"));
    assert_eq!(a.defaults.len(), 2);
    assert!(f.returns.is_some());
    let StmtKind::ClassDef(c) = &s[1].kind else {
        panic!()
    };
    assert_eq!((c.bases.len(), c.keywords.len(), c.body.len()), (1, 1, 2));
    let StmtKind::FunctionDef(g) = &c.body[1].kind else {
        panic!()
    };
    assert_eq!(g.decorators.len(), 1);
    assert!(matches!(&s[2].kind, StmtKind::For { orelse, .. } if orelse.len() == 1));
    assert!(matches!(&s[3].kind, StmtKind::While { body, .. } if body.len() == 1));
    let StmtKind::If { orelse, .. } = &s[4].kind else {
        panic!()
    };
    let StmtKind::If { orelse, .. } = &orelse[0].kind else {
        panic!()
    };
    assert!(
        matches!(&orelse[0].kind, StmtKind::If { orelse, .. } if matches!(orelse[0].kind, StmtKind::Pass))
    );
    let StmtKind::Try {
        handlers,
        orelse,
        finalbody,
        ..
    } = &s[5].kind
    else {
        panic!()
    };
    assert_eq!((handlers.len(), orelse.len(), finalbody.len()), (3, 1, 1));
    assert_eq!(handlers[0].name.as_deref(), Some("e"));
    assert!(handlers[2].typ.is_none());
    let StmtKind::With { items, .. } = &s[6].kind else {
        panic!()
    };
    assert_eq!(items.len(), 2);
    assert_eq!(
        sx(items[1]
            .optional_vars
            .as_ref()
            .unwrap_or(&items[0].context_expr)),
        "(tuple a b)"
    );
    assert!(matches!(&s[7].kind, StmtKind::With { items, .. } if items.len() == 2));
    // As in CPython, `with (a, b):` is two items, not a tuple.
    assert!(matches!(&s[8].kind, StmtKind::With { items, .. } if items.len() == 2));
}

#[test]
fn generators_and_walrus() {
    let s = stmts(
        "def g():\n    x = yield 1\n    yield from y\n    yield\n    if (n := len(a)) > 1: pass\n",
    );
    let StmtKind::FunctionDef(f) = &s[0].kind else {
        panic!()
    };
    assert!(
        matches!(&f.body[0].kind, StmtKind::Assign { value, .. } if matches!(value.kind, ExprKind::Yield(Some(_))))
    );
    assert!(
        matches!(&f.body[1].kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::YieldFrom(_)))
    );
    assert!(
        matches!(&f.body[2].kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::Yield(None)))
    );
}

#[test]
fn unsupported_features() {
    let s = stmts(
        "match x:\n    case 1:\n        pass\nasync def f():\n    await g()\nmatch = 1\nmatch(x)\ny = 2\n",
    );
    assert!(
        matches!(&s[0].kind, StmtKind::Unsupported { feature } if feature == "the match statement")
    );
    assert!(matches!(&s[1].kind, StmtKind::Unsupported { feature } if feature == "'async def'"));
    assert!(matches!(s[2].kind, StmtKind::Assign { .. }));
    assert!(matches!(s[3].kind, StmtKind::Expr(_)));
    assert_eq!(s[4].pos.line, 8);
    assert!(parse_module("await x\n").is_err());
}

#[test]
fn source_forms() {
    assert_eq!(stmts("\u{feff}x = 1\r\ny = 2\rz = 3").len(), 3);
    assert_eq!(stmts("x = (1 +\n   2)\ny = 1 + \\\n  2\n").len(), 2);
    assert_eq!(stmts("if x:\n\tif y:\n\t\tpass\n").len(), 1);
    assert_eq!(
        stmts("\x0cx = 1\n# comment\n\n   # indented comment\ny = 2").len(),
        2
    );
    assert_eq!(stmts("").len(), 0);
    assert_eq!(stmts("\n\n# only comments\n").len(), 0);
    assert_eq!(stmts("if x:\n    pass\n  # odd comment\n").len(), 1);
}
