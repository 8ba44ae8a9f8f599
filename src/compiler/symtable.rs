//! Scope analysis: decides for every name in every scope whether it is a fast local,
//! a cell (a local captured by an inner function), a free variable (captured from an
//! enclosing function), a global, or (in class bodies) a namespace name.
//!
//! Scopes are keyed by the address of their AST node (`FunctionDef`, lambda or
//! comprehension `Expr`, `ClassDef`), which is stable while the tree is alive.

use std::collections::HashMap;

use crate::syntax::ast::*;

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// A fast local slot.
    Local,
    /// A local stored in a cell because an inner scope captures it.
    Cell,
    /// A variable captured from an enclosing function.
    Free,
    /// A module-level name (declared `global`, or never bound in a function).
    Global,
    /// A name in a class body or at module top level, looked up dynamically.
    Name,
}

/// What kind of scope a code object has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module body.
    Module,
    /// A `def` or `lambda`.
    Function,
    /// A class body.
    Class,
    /// A comprehension or generator expression (an implicit function).
    Comprehension,
}

/// The resolved names of one scope.
#[derive(Debug)]
pub struct Scope {
    /// The kind of scope.
    pub kind: ScopeKind,
    /// Every name used or bound, with its binding.
    pub bindings: HashMap<String, Binding>,
    /// Fast locals: parameters first (in order), then other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner scopes.
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<String>,
    /// Whether the scope's body contains `yield` (a generator).
    pub is_generator: bool,
    /// Where the first `yield` of the body is (for error messages).
    pub yield_pos: Option<Pos>,
}

#[derive(Default, Debug)]
struct RawScope {
    kind: Option<ScopeKind>,
    params: Vec<String>,
    bound: Vec<String>,
    used: Vec<String>,
    globals: Vec<String>,
    nonlocals: Vec<String>,
    /// Where each `nonlocal` name was declared (for errors).
    nonlocal_pos: Vec<Pos>,
    children: Vec<usize>,
    is_generator: bool,
    yield_pos: Option<Pos>,
    /// For a comprehension scope, what CPython calls it in errors.
    comp_name: &'static str,
}

/// An error found during scope analysis (reported as `SyntaxError`).
#[derive(Debug)]
pub struct ScopeError {
    /// The message.
    pub msg: String,
    /// Where.
    pub pos: Pos,
}

/// All scopes of a module, keyed by AST node address (0 is the module).
pub struct SymbolTable {
    /// The scopes.
    pub scopes: HashMap<usize, Scope>,
}

/// The key of the scope introduced by a node.
pub fn key_of<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder {
    raw: HashMap<usize, RawScope>,
    stack: Vec<usize>,
    errors: Vec<ScopeError>,
}

impl Builder {
    fn cur(&mut self) -> &mut RawScope {
        let k = *self.stack.last().expect("scope stack is never empty");
        self.raw.get_mut(&k).expect("current scope exists")
    }
    fn bind(&mut self, name: &str) {
        let s = self.cur();
        if !s.bound.iter().any(|n| n == name) {
            s.bound.push(name.to_string());
        }
    }
    fn use_name(&mut self, name: &str) {
        let s = self.cur();
        if !s.used.iter().any(|n| n == name) {
            s.used.push(name.to_string());
        }
    }
    fn push(&mut self, key: usize, kind: ScopeKind) {
        if let Some(&parent) = self.stack.last()
            && let Some(p) = self.raw.get_mut(&parent)
        {
            p.children.push(key);
        }
        self.raw.insert(
            key,
            RawScope {
                kind: Some(kind),
                ..Default::default()
            },
        );
        self.stack.push(key);
    }
    fn pop(&mut self) {
        self.stack.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn args(&mut self, args: &Arguments) {
        // Defaults and annotations are evaluated in the enclosing scope.
        for d in &args.defaults {
            self.expr(d);
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
    }

    fn params(&mut self, args: &Arguments) {
        let mut names: Vec<&Arg> = Vec::new();
        names.extend(args.posonlyargs.iter().chain(&args.args));
        names.extend(&args.kwonlyargs);
        names.extend(&args.vararg);
        names.extend(&args.kwarg);
        for a in names {
            if self.cur().params.contains(&a.name) {
                self.errors.push(ScopeError {
                    msg: format!("duplicate argument '{}' in function definition", a.name),
                    pos: a.pos,
                });
            }
            self.cur().params.push(a.name.clone());
            self.bind(&a.name);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.args(&f.args);
                self.bind(&f.name);
                self.push(key_of(&**f), ScopeKind::Function);
                self.params(&f.args);
                self.stmts(&f.body);
                self.pop();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(&c.name);
                self.push(key_of(&**c), ScopeKind::Class);
                self.stmts(&c.body);
                self.pop();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                } else if let ExprKind::Name(_) = &target.kind {
                    // `x: int` alone makes `x` local in a function, as in CPython.
                    self.target(target);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context_expr);
                    if let Some(t) = &it.optional_vars {
                        self.target(t);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or(&a.name).to_string());
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name != "*" {
                        let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.bind(&bound);
                    }
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let scope = self.cur();
                    let msg = declared_late(scope, n, "global");
                    scope.globals.push(n.clone());
                    if let Some(msg) = msg {
                        self.errors.push(ScopeError { msg, pos: s.pos });
                    }
                }
            }
            StmtKind::Nonlocal(names) => {
                let kind = self.cur().kind;
                if kind == Some(ScopeKind::Module) {
                    self.errors.push(ScopeError {
                        msg: "nonlocal declaration not allowed at module level".into(),
                        pos: s.pos,
                    });
                }
                for n in names {
                    if let Some(msg) = declared_late(self.cur(), n, "nonlocal") {
                        self.errors.push(ScopeError { msg, pos: s.pos });
                    }
                    self.cur().nonlocals.push(n.clone());
                    self.cur().nonlocal_pos.push(s.pos);
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Unsupported { .. } => {}
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    /// A `yield` at `pos`: the function it is in becomes a generator; anywhere
    /// else it is CPython's SyntaxError.
    fn yield_here(&mut self, pos: Pos) {
        let msg = match self.cur().kind {
            Some(ScopeKind::Function) => {
                self.cur().is_generator = true;
                self.cur().yield_pos.get_or_insert(pos);
                return;
            }
            Some(ScopeKind::Comprehension) => format!("'yield' inside {}", self.cur().comp_name),
            _ => "'yield' outside function".to_string(),
        };
        self.errors.push(ScopeError { msg, pos });
    }

    fn comprehension(&mut self, node: &Expr, gens: &[Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated outside; everything else inside the scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter);
        }
        self.push(key_of(node), ScopeKind::Comprehension);
        self.cur().comp_name = match node.kind {
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            _ => "generator expression",
        };
        self.cur().params.push(".0".into());
        self.bind(".0");
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.pop();
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                // The target binds in the nearest enclosing non-comprehension scope.
                if let ExprKind::Name(n) = &target.kind {
                    let idx = self
                        .stack
                        .iter()
                        .rposition(|k| self.raw[k].kind != Some(ScopeKind::Comprehension))
                        .unwrap_or(0);
                    let key = self.stack[idx];
                    let s = self.raw.get_mut(&key).expect("scope exists");
                    if !s.bound.contains(n) {
                        s.bound.push(n.clone());
                    }
                    self.use_name(n);
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.args(args);
                self.push(key_of(e), ScopeKind::Function);
                self.params(args);
                self.expr(body);
                self.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().for_each(|k| self.expr(k));
                values.iter().for_each(|v| self.expr(v));
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                items.iter().for_each(|v| self.expr(v))
            }
            ExprKind::JoinedStr(items) => items.iter().for_each(|v| self.expr(v)),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt]);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comprehension(e, generators, &[key, value]);
            }
            ExprKind::Yield(v) => {
                self.yield_here(e.pos);
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_here(e.pos);
                self.expr(v);
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                comparators.iter().for_each(|v| self.expr(v));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|v| self.expr(v));
                keywords.iter().for_each(|k| self.expr(&k.value));
                // `super()` with no arguments needs `__class__` and the first argument.
                if let ExprKind::Name(n) = &func.kind
                    && n == "super"
                    && args.is_empty()
                {
                    self.use_name("__class__");
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                if let Some(s) = format_spec {
                    self.expr(s);
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
        }
    }
}

/// Analyses a module. Errors are scope errors such as a misplaced `global`.
pub fn analyze(module: &Module) -> Result<SymbolTable, ScopeError> {
    let mut b = Builder {
        raw: HashMap::new(),
        stack: Vec::new(),
        errors: Vec::new(),
    };
    b.push(0, ScopeKind::Module);
    b.stmts(&module.body);
    b.pop();
    if let Some(e) = b.errors.into_iter().next() {
        return Err(e);
    }
    let mut out = HashMap::new();
    resolve(&b.raw, 0, &[], &mut out)?;
    Ok(SymbolTable { scopes: out })
}

/// Resolves scope `key` given the names bound by enclosing function scopes
/// (`enclosing`: (scope key, names it binds as locals)). Returns the free names this
/// scope needs from outside.
fn resolve(
    raw: &HashMap<usize, RawScope>,
    key: usize,
    enclosing: &[(usize, Vec<String>)],
    out: &mut HashMap<usize, Scope>,
) -> Result<Vec<String>, ScopeError> {
    let r = &raw[&key];
    let kind = r.kind.unwrap_or(ScopeKind::Module);
    let mut bindings: HashMap<String, Binding> = HashMap::new();
    let is_func = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);

    // Names this scope binds locally.
    let mut local_names: Vec<String> = Vec::new();
    for n in r.params.iter().chain(&r.bound) {
        if r.globals.contains(n) || r.nonlocals.contains(n) || local_names.contains(n) {
            continue;
        }
        local_names.push(n.clone());
    }
    for (i, n) in r.nonlocals.iter().enumerate() {
        let found = enclosing.iter().rev().any(|(_, names)| names.contains(n));
        if !found {
            return Err(ScopeError {
                msg: format!("no binding for nonlocal '{n}' found"),
                pos: r.nonlocal_pos.get(i).copied().unwrap_or_default(),
            });
        }
    }

    // Children first see this scope's locals (if it is a function scope).
    let mut child_enclosing: Vec<(usize, Vec<String>)> = enclosing.to_vec();
    if is_func {
        child_enclosing.push((key, local_names.clone()));
    } else if kind == ScopeKind::Class {
        // A class body gives the functions in it the implicit `__class__` cell
        // (zero-argument `super()`); no other name of a class is visible in them.
        child_enclosing.push((key, vec!["__class__".to_string()]));
    }
    let mut captured: Vec<String> = Vec::new();
    let mut child_free: Vec<String> = Vec::new();
    for &c in &r.children {
        for n in resolve(raw, c, &child_enclosing, out)? {
            if is_func && local_names.contains(&n) {
                if !captured.contains(&n) {
                    captured.push(n);
                }
            } else if !child_free.contains(&n) {
                child_free.push(n);
            }
        }
    }

    let mut varnames: Vec<String> = Vec::new();
    let mut cellvars: Vec<String> = Vec::new();
    let mut freevars: Vec<String> = Vec::new();
    let enclosing_binds = |n: &String| enclosing.iter().any(|(_, names)| names.contains(n));

    match kind {
        ScopeKind::Module => {
            for n in r.bound.iter().chain(&r.used) {
                bindings.insert(n.clone(), Binding::Global);
            }
        }
        ScopeKind::Class => {
            for n in &r.bound {
                bindings.insert(n.clone(), Binding::Name);
            }
            for n in &r.used {
                if r.globals.contains(n) {
                    bindings.insert(n.clone(), Binding::Global);
                } else if !r.bound.contains(n) && enclosing_binds(n) {
                    bindings.insert(n.clone(), Binding::Free);
                    freevars.push(n.clone());
                } else {
                    bindings.entry(n.clone()).or_insert(Binding::Name);
                }
            }
            for n in &r.globals {
                bindings.insert(n.clone(), Binding::Global);
            }
            // `__class__` is provided to methods as a cell of the class body.
            for n in &child_free {
                if n == "__class__" {
                    cellvars.push(n.clone());
                } else if enclosing_binds(n) && !freevars.contains(n) {
                    freevars.push(n.clone());
                }
            }
        }
        ScopeKind::Function | ScopeKind::Comprehension => {
            for n in &r.params {
                if !varnames.contains(n) {
                    varnames.push(n.clone());
                }
            }
            for n in &local_names {
                if !varnames.contains(n) {
                    varnames.push(n.clone());
                }
                let b = if captured.contains(n) {
                    Binding::Cell
                } else {
                    Binding::Local
                };
                bindings.insert(n.clone(), b);
                if b == Binding::Cell {
                    cellvars.push(n.clone());
                }
            }
            for n in &r.globals {
                bindings.insert(n.clone(), Binding::Global);
            }
            for n in r.nonlocals.iter() {
                bindings.insert(n.clone(), Binding::Free);
                freevars.push(n.clone());
            }
            for n in &r.used {
                if bindings.contains_key(n) {
                    continue;
                }
                if enclosing_binds(n) {
                    bindings.insert(n.clone(), Binding::Free);
                    freevars.push(n.clone());
                } else {
                    bindings.insert(n.clone(), Binding::Global);
                }
            }
            // Names that inner scopes need from further out pass through this scope.
            for n in &child_free {
                if !bindings.contains_key(n) {
                    if enclosing_binds(n) {
                        bindings.insert(n.clone(), Binding::Free);
                        freevars.push(n.clone());
                    }
                } else if bindings[n] == Binding::Free && !freevars.contains(n) {
                    freevars.push(n.clone());
                }
            }
        }
    }
    let needs_from_outside: Vec<String> = freevars.clone();
    out.insert(
        key,
        Scope {
            kind,
            bindings,
            varnames,
            cellvars,
            freevars,
            is_generator: r.is_generator,
            yield_pos: r.yield_pos,
        },
    );
    Ok(needs_from_outside)
}

/// The error for a `global` or `nonlocal` (`what`) declaration of `n` that comes
/// too late in `scope`, in CPython's order: a parameter, then a use, then an
/// assignment before the declaration.
fn declared_late(scope: &RawScope, n: &str, what: &str) -> Option<String> {
    if scope.params.iter().any(|p| p == n) {
        Some(format!("name '{n}' is parameter and {what}"))
    } else if scope.used.iter().any(|u| u == n) {
        Some(format!("name '{n}' is used prior to {what} declaration"))
    } else if scope.bound.iter().any(|b| b == n) {
        Some(format!(
            "name '{n}' is assigned to before {what} declaration"
        ))
    } else {
        None
    }
}
