//! Private name mangling: inside a class body, and in every function nested in it, an
//! identifier `__spam` (two leading underscores, not ending in two) means
//! `_ClassName__spam`, as in CPython's `_Py_Mangle`.
//!
//! The pass rewrites a copy of the AST before scope analysis, so the symbol table and
//! the code generator only ever see mangled names. It renames variable names,
//! attribute names, parameters, the names bound by `def`, `class`, `import ... as`,
//! `except ... as` and those listed by `global`/`nonlocal`. Keyword-argument names at
//! call sites are left alone, as CPython leaves them.

use crate::syntax::ast::*;

/// `module` with private names mangled, or `None` when it has no class (nothing to do).
pub fn mangled(module: &Module) -> Option<Module> {
    if !module.body.iter().any(contains_class) {
        return None;
    }
    let mut m = module.clone();
    for s in &mut m.body {
        stmt(s, None);
    }
    Some(m)
}

fn contains_class(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::ClassDef(_) => true,
        StmtKind::FunctionDef(f) => f.body.iter().any(contains_class),
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => {
            body.iter().any(contains_class) || orelse.iter().any(contains_class)
        }
        StmtKind::With { body, .. } => body.iter().any(contains_class),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            body.iter().any(contains_class)
                || handlers.iter().any(|h| h.body.iter().any(contains_class))
                || orelse.iter().any(contains_class)
                || finalbody.iter().any(contains_class)
        }
        _ => false,
    }
}

/// CPython's `_Py_Mangle`.
fn mangle_name(class: Option<&str>, name: &mut String) {
    let Some(class) = class else { return };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return;
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return;
    }
    *name = format!("_{stripped}{name}");
}

fn stmts(body: &mut [Stmt], class: Option<&str>) {
    for s in body {
        stmt(s, class);
    }
}

fn stmt(s: &mut Stmt, class: Option<&str>) {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => {
            mangle_name(class, &mut f.name);
            for d in &mut f.decorators {
                expr(d, class);
            }
            if let Some(r) = &mut f.returns {
                expr(r, class);
            }
            arguments(&mut f.args, class);
            stmts(&mut f.body, class);
        }
        StmtKind::ClassDef(c) => {
            // The body mangles with this class's own name as written.
            let own = c.name.clone();
            mangle_name(class, &mut c.name);
            for d in &mut c.decorators {
                expr(d, class);
            }
            for b in &mut c.bases {
                expr(b, class);
            }
            for k in &mut c.keywords {
                expr(&mut k.value, class);
            }
            stmts(&mut c.body, Some(&own));
        }
        StmtKind::Return(v) => {
            if let Some(v) = v {
                expr(v, class);
            }
        }
        StmtKind::Delete(ts) => {
            for t in ts {
                expr(t, class);
            }
        }
        StmtKind::Assign { targets, value } => {
            for t in targets {
                expr(t, class);
            }
            expr(value, class);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, class);
            expr(value, class);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            expr(target, class);
            expr(annotation, class);
            if let Some(v) = value {
                expr(v, class);
            }
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            expr(target, class);
            expr(iter, class);
            stmts(body, class);
            stmts(orelse, class);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            expr(test, class);
            stmts(body, class);
            stmts(orelse, class);
        }
        StmtKind::With { items, body } => {
            for i in items {
                expr(&mut i.context_expr, class);
                if let Some(v) = &mut i.optional_vars {
                    expr(v, class);
                }
            }
            stmts(body, class);
        }
        StmtKind::Raise { exc, cause } => {
            if let Some(e) = exc {
                expr(e, class);
            }
            if let Some(c) = cause {
                expr(c, class);
            }
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts(body, class);
            for h in handlers {
                if let Some(t) = &mut h.typ {
                    expr(t, class);
                }
                if let Some(n) = &mut h.name {
                    mangle_name(class, n);
                }
                stmts(&mut h.body, class);
            }
            stmts(orelse, class);
            stmts(finalbody, class);
        }
        StmtKind::Assert { test, msg } => {
            expr(test, class);
            if let Some(m) = msg {
                expr(m, class);
            }
        }
        StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
            for a in aliases {
                if let Some(n) = &mut a.asname {
                    mangle_name(class, n);
                }
            }
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            for n in names {
                mangle_name(class, n);
            }
        }
        StmtKind::Expr(e) => expr(e, class),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Unsupported { .. } => {}
    }
}

fn arguments(a: &mut Arguments, class: Option<&str>) {
    for d in &mut a.defaults {
        expr(d, class);
    }
    for d in a.kw_defaults.iter_mut().flatten() {
        expr(d, class);
    }
    let all = a
        .posonlyargs
        .iter_mut()
        .chain(a.args.iter_mut())
        .chain(a.vararg.iter_mut())
        .chain(a.kwonlyargs.iter_mut())
        .chain(a.kwarg.iter_mut());
    for arg in all {
        mangle_name(class, &mut arg.name);
        if let Some(ann) = &mut arg.annotation {
            expr(ann, class);
        }
    }
}

fn exprs(es: &mut [Expr], class: Option<&str>) {
    for e in es {
        expr(e, class);
    }
}

fn comprehensions(gens: &mut [Comprehension], class: Option<&str>) {
    for g in gens {
        expr(&mut g.target, class);
        expr(&mut g.iter, class);
        exprs(&mut g.ifs, class);
    }
}

fn expr(e: &mut Expr, class: Option<&str>) {
    match &mut e.kind {
        ExprKind::Name(n) => mangle_name(class, n),
        ExprKind::Attribute { value, attr } => {
            expr(value, class);
            mangle_name(class, attr);
        }
        ExprKind::BoolOp { values, .. } => exprs(values, class),
        ExprKind::NamedExpr { target, value } => {
            expr(target, class);
            expr(value, class);
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, class);
            expr(right, class);
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, class),
        ExprKind::Lambda { args, body } => {
            arguments(args, class);
            expr(body, class);
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, class);
            expr(body, class);
            expr(orelse, class);
        }
        ExprKind::Dict { keys, values } => {
            for k in keys.iter_mut().flatten() {
                expr(k, class);
            }
            exprs(values, class);
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            exprs(items, class)
        }
        ExprKind::JoinedStr(items) => exprs(items, class),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            expr(elt, class);
            comprehensions(generators, class);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            expr(key, class);
            expr(value, class);
            comprehensions(generators, class);
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                expr(v, class);
            }
        }
        ExprKind::YieldFrom(v) | ExprKind::Starred(v) => expr(v, class),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            expr(left, class);
            exprs(comparators, class);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(func, class);
            exprs(args, class);
            for k in keywords {
                expr(&mut k.value, class);
            }
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            expr(value, class);
            if let Some(s) = format_spec {
                expr(s, class);
            }
        }
        ExprKind::Subscript { value, slice } => {
            expr(value, class);
            expr(slice, class);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                expr(part, class);
            }
        }
        ExprKind::Constant(_) => {}
    }
}
