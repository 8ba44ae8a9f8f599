//! Code generation: walks the AST of one scope and emits its [`CodeObject`].
//!
//! Jumps are emitted against labels and patched when the scope is finished. Each
//! instruction remembers the innermost active exception handler; runs of equal
//! handlers become the exception table. `return`, `break` and `continue` unwind the
//! compile-time block stack (`FBlock`), emitting what each block needs on the way out
//! (popping a loop iterator, restoring the handled exception, inlining a `finally`
//! body), as CPython's compiler does.

use std::collections::HashMap;
use std::rc::Rc;

use super::bytecode::{Cmp, Instr, bin_op_index};
use super::symtable::{Binding, Scope, ScopeKind, SymbolTable, analyze, key_of};
use super::{CodeObject, ExcEntry};
#[allow(unused_imports)]
use crate::runtime::value::{B64, F64};
use crate::runtime::value::{PyStr, Value};
use crate::syntax::ast::*;

/// A compile-time error: a `SyntaxError` found after parsing, or a feature outside the
/// subset (`NotImplementedError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// `"SyntaxError"` or `"NotImplementedError"`.
    pub kind: &'static str,
    /// The message.
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 0-based column.
    pub col: u32,
}

/// What the module code returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A script: returns `None`.
    Exec,
    /// `Engine::eval`: returns the value of a final expression statement.
    EvalLast,
}

type CResult<T> = Result<T, CompileError>;

thread_local! {
    /// The strings of the compile in progress, shared by all its code objects: the
    /// attribute name that `__init__` stores and the one a method loads are then the
    /// same object, so tier 1's caches compare names by address. Emptied when the
    /// compile ends (see [`InternScope`]): nothing outlives it or is seen by another
    /// engine on this thread.
    static INTERNED: std::cell::RefCell<HashMap<String, Rc<PyStr>>> = Default::default();
}

/// Empties [`INTERNED`] when a compile ends, however it ends.
struct InternScope;

impl Drop for InternScope {
    fn drop(&mut self) {
        INTERNED.with(|m| m.borrow_mut().clear());
    }
}

/// The shared string `s` of the compile in progress.
fn intern(s: &str) -> Rc<PyStr> {
    INTERNED.with(|m| {
        m.borrow_mut()
            .entry(s.to_string())
            .or_insert_with(|| Rc::new(PyStr::new(s)))
            .clone()
    })
}

/// Compiles a parsed module.
pub fn compile_module(module: &Module, filename: &str, mode: Mode) -> CResult<Rc<CodeObject>> {
    let _interned = InternScope;
    let mangled = super::mangle::mangled(module);
    let module = mangled.as_ref().unwrap_or(module);
    let table = analyze(module).map_err(|e| CompileError {
        kind: "SyntaxError",
        msg: e.msg,
        line: e.pos.line,
        col: e.pos.col,
    })?;
    super::const_fold::reset();
    let filename: Rc<str> = Rc::from(filename);
    let scope = &table.scopes[&0];
    let mut b = Builder::new(
        &table,
        scope,
        filename,
        "<module>".into(),
        "<module>".into(),
        1,
    );
    b.future_annotations = module.body.iter().any(|s| {
        matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), names, .. }
            if m == "__future__" && names.iter().any(|a| a.name == "annotations"))
    });
    b.setup_annotations(&module.body);
    let n = module.body.len();
    // `eval` of a lone string returns it; it is no docstring.
    if !(mode == Mode::EvalLast && n == 1) {
        b.store_docstring(&module.body);
    }
    for (i, s) in module.body.iter().enumerate() {
        if mode == Mode::EvalLast
            && i + 1 == n
            && let StmtKind::Expr(e) = &s.kind
        {
            b.line = s.pos.line;
            b.expr(e)?;
            b.emit(Instr::ReturnValue);
            return Ok(Rc::new(b.finish()));
        }
        b.stmt(s)?;
    }
    b.load_const(Value::None);
    b.emit(Instr::ReturnValue);
    Ok(Rc::new(b.finish()))
}

/// The docstring of a body: its first statement, when that is a string literal.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Constant(Constant::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

/// An entry of the compile-time block stack.
#[derive(Clone)]
enum FBlock<'a> {
    /// A `for` loop: its iterator is on the stack.
    For { continue_to: Label, break_to: Label },
    /// A `while` loop.
    While { continue_to: Label, break_to: Label },
    /// The body of a `try` with handlers (nothing to undo on exit).
    TryExcept,
    /// The body of a `try` with `finally`: exits run the finally body.
    Finally {
        body: &'a [Stmt],
        handlers_len: usize,
    },
    /// Running a `finally` body on the exception path: `prev_exc exc` on the stack.
    FinallyEnd,
    /// Inside an `except` handler: `prev_exc` on the stack.
    Handler,
    /// A `finally` body run by a `return`: the return value waits below it, and a
    /// `break`, `continue` or `return` in the body must drop it.
    PopValue,
    /// The body of a `with`: the bound `__exit__` is on the stack; leaving by
    /// `return`, `break` or `continue` calls it with three `None`s.
    With {
        /// The `with` statement's line (of the `__exit__` call).
        line: u32,
        /// How many handlers were active outside the `with`.
        handlers_len: usize,
    },
}

struct Builder<'a> {
    table: &'a SymbolTable,
    scope: &'a Scope,
    code: CodeObject,
    const_index: HashMap<ConstKey, u32>,
    name_index: HashMap<String, u32>,
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    /// Active handlers: (label, stack depth at the try).
    handlers: Vec<(Label, u32)>,
    /// For each instruction, the innermost handler when it was emitted.
    instr_handler: Vec<Option<(Label, u32)>>,
    /// Statically known operand-stack depth at statement level.
    depth: u32,
    line: u32,
    /// Whether this is a method-like scope that can use zero-argument `super()`.
    in_loop: u32,
    /// `from __future__ import annotations` is in effect: annotations are kept
    /// as strings, not evaluated.
    future_annotations: bool,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(String),
    Other(usize),
}

impl<'a> Builder<'a> {
    fn new(
        table: &'a SymbolTable,
        scope: &'a Scope,
        filename: Rc<str>,
        name: Rc<str>,
        qualname: Rc<str>,
        first_line: u32,
    ) -> Builder<'a> {
        let strs = |v: &[String]| v.iter().map(|s| intern(s)).collect();
        let code = CodeObject {
            name,
            qualname,
            filename,
            first_line,
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: strs(&scope.varnames),
            cellvars: strs(&scope.cellvars),
            freevars: strs(&scope.freevars),
            cell_params: Vec::new(),
            children: Vec::new(),
            child_closures: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            has_varargs: false,
            has_varkw: false,
            exc_table: Vec::new(),
            quick: Default::default(),
            caches: Default::default(),
            plain: Vec::new(),
            native: Default::default(),
            counters: Default::default(),
            method_cache: Default::default(),
            kind: scope.kind,
            is_generator: false,
            doc: None,
        };
        let mut b = Builder {
            table,
            scope,
            code,
            const_index: HashMap::new(),
            name_index: HashMap::new(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            handlers: Vec::new(),
            instr_handler: Vec::new(),
            depth: 0,
            line: first_line,
            in_loop: 0,
            future_annotations: false,
        };
        for (ci, cell) in scope.cellvars.iter().enumerate() {
            if let Some(li) = scope.varnames.iter().position(|v| v == cell) {
                b.code.cell_params.push((ci as u32, li as u32));
            }
        }
        b
    }

    fn err<T>(&self, pos: Pos, msg: impl Into<String>) -> CResult<T> {
        Err(CompileError {
            kind: "SyntaxError",
            msg: msg.into(),
            line: pos.line,
            col: pos.col,
        })
    }

    fn unsupported<T>(&self, pos: Pos, feature: &str) -> CResult<T> {
        Err(CompileError {
            kind: "NotImplementedError",
            msg: format!(
                "firebrand does not support {feature} yet (line {})",
                pos.line
            ),
            line: pos.line,
            col: pos.col,
        })
    }

    // ----- emission -------------------------------------------------------------

    fn emit(&mut self, i: Instr) -> usize {
        self.code.instrs.push(i);
        self.code.lines.push(self.line);
        self.instr_handler.push(self.handlers.last().copied());
        self.code.instrs.len() - 1
    }

    fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        self.labels[l.0 as usize] = Some(self.code.instrs.len() as u32);
    }

    /// Emits a jump-like instruction whose target is patched in `finish`.
    fn emit_jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.emit(make(l.0));
    }

    fn load_const(&mut self, v: Value) {
        let idx = self.add_const(v);
        self.emit(Instr::LoadConst { idx });
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::None => ConstKey::None,
            Value::Bool(b) => ConstKey::Bool(b.get()),
            Value::Int(i) => ConstKey::Int(*i),
            Value::Float(f) => ConstKey::Float(f.get().to_bits()),
            Value::Str(s) => ConstKey::Str(s.as_str().to_string()),
            _ => ConstKey::Other(self.code.consts.len()),
        };
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.code.consts.len() as u32;
        self.code.consts.push(v);
        self.const_index.insert(key, i);
        i
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.code.names.len() as u32;
        self.code.names.push(intern(name));
        self.name_index.insert(name.to_string(), i);
        i
    }

    /// Stores a module's or class body's docstring as `__doc__` (what the body
    /// runs first, as in CPython).
    fn store_docstring(&mut self, body: &[Stmt]) {
        if let Some(doc) = docstring(body) {
            self.load_const(Value::str(doc));
            self.store_name("__doc__");
        }
    }

    fn finish(mut self) -> CodeObject {
        // Patch jump targets from labels to instruction indices.
        let labels = std::mem::take(&mut self.labels);
        let resolve = |l: u32| labels[l as usize].unwrap_or(0);
        for ins in self.code.instrs.iter_mut() {
            use Instr::*;
            *ins = match *ins {
                ForIter { target } => ForIter {
                    target: resolve(target),
                },
                YieldFromSend { target } => YieldFromSend {
                    target: resolve(target),
                },
                Jump { target } => Jump {
                    target: resolve(target),
                },
                PopJumpIfFalse { target } => PopJumpIfFalse {
                    target: resolve(target),
                },
                PopJumpIfTrue { target } => PopJumpIfTrue {
                    target: resolve(target),
                },
                JumpIfFalseOrPop { target } => JumpIfFalseOrPop {
                    target: resolve(target),
                },
                JumpIfTrueOrPop { target } => JumpIfTrueOrPop {
                    target: resolve(target),
                },
                other => other,
            };
        }
        // Coalesce per-instruction handlers into the exception table.
        let mut table: Vec<ExcEntry> = Vec::new();
        for (pc, h) in self.instr_handler.iter().enumerate() {
            let Some((label, depth)) = h else { continue };
            let handler = resolve(label.0);
            if let Some(last) = table.last_mut()
                && last.end == pc as u32
                && last.handler == handler
                && last.depth == *depth
            {
                last.end += 1;
                continue;
            }
            table.push(ExcEntry {
                start: pc as u32,
                end: pc as u32 + 1,
                handler,
                depth: *depth,
            });
        }
        self.code.exc_table = table;
        self.code.plain = self.code.instrs.clone();
        super::superinstructions::fuse(
            &mut self.code.instrs,
            &self.code.lines,
            &self.instr_handler,
        );
        self.code.prepare_for_run();
        self.code
    }

    // ----- names ----------------------------------------------------------------

    fn binding(&self, name: &str) -> Binding {
        match self.scope.bindings.get(name) {
            Some(b) => *b,
            None => match self.scope.kind {
                ScopeKind::Module => Binding::Global,
                ScopeKind::Class => Binding::Name,
                _ => Binding::Global,
            },
        }
    }

    fn cell_index(&self, name: &str) -> u32 {
        if let Some(i) = self.scope.cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        let i = self
            .scope
            .freevars
            .iter()
            .position(|n| n == name)
            .unwrap_or(0);
        (self.scope.cellvars.len() + i) as u32
    }

    fn local_index(&self, name: &str) -> u32 {
        self.scope
            .varnames
            .iter()
            .position(|n| n == name)
            .unwrap_or(0) as u32
    }

    fn load_name(&mut self, name: &str) {
        match self.binding(name) {
            Binding::Local => {
                let idx = self.local_index(name);
                self.emit(Instr::LoadFast { idx });
            }
            Binding::Cell | Binding::Free => {
                let idx = self.cell_index(name);
                self.emit(Instr::LoadDeref { idx });
            }
            Binding::Global => {
                let name = self.name_idx(name);
                self.emit(Instr::LoadGlobal { name });
            }
            Binding::Name => {
                let name = self.name_idx(name);
                self.emit(Instr::LoadName { name });
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        match self.binding(name) {
            Binding::Local => {
                let idx = self.local_index(name);
                self.emit(Instr::StoreFast { idx });
            }
            Binding::Cell | Binding::Free => {
                let idx = self.cell_index(name);
                self.emit(Instr::StoreDeref { idx });
            }
            Binding::Global => {
                let name = self.name_idx(name);
                self.emit(Instr::StoreGlobal { name });
            }
            Binding::Name => {
                let name = self.name_idx(name);
                self.emit(Instr::StoreName { name });
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        match self.binding(name) {
            Binding::Local => {
                let idx = self.local_index(name);
                self.emit(Instr::DeleteFast { idx });
            }
            Binding::Cell | Binding::Free => {
                let idx = self.cell_index(name);
                self.emit(Instr::DeleteDeref { idx });
            }
            Binding::Global => {
                let name = self.name_idx(name);
                self.emit(Instr::DeleteGlobal { name });
            }
            Binding::Name => {
                let name = self.name_idx(name);
                self.emit(Instr::DeleteName { name });
            }
        }
    }

    // ----- statements -------------------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.line = s.pos.line;
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                    self.emit(Instr::PushUndef);
                }
                self.line = s.pos.line;
                self.make_function(
                    key_of(&**f),
                    &f.name,
                    &f.args,
                    FnBody::Stmts(&f.body),
                    s.pos,
                )?;
                for _ in &f.decorators {
                    self.emit(Instr::Call { argc: 1 });
                }
                self.store_name(&f.name);
            }
            StmtKind::ClassDef(c) => self.class_def(c, s.pos)?,
            StmtKind::Return(v) => {
                if !matches!(self.scope.kind, ScopeKind::Function) {
                    return self.err(s.pos, "'return' outside function");
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_all(true)?;
                self.line = s.pos.line;
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } if swap_parts(targets, value).is_some() => {
                // `a, b = x, y`: evaluate the values, reverse them on the stack and
                // store, with no tuple (as CPython does for 2 and 3 items).
                let Some((ts, vs)) = swap_parts(targets, value) else {
                    return Ok(());
                };
                for v in vs {
                    self.expr(v)?;
                }
                if vs.len() == 3 {
                    self.emit(Instr::RotThree);
                }
                self.emit(Instr::RotTwo);
                for t in ts {
                    self.store_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::DupTop);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                // A module or class body records `name: annotation` in its
                // `__annotations__` (functions do not evaluate theirs).
                if let ExprKind::Name(n) = &target.kind
                    && !matches!(
                        self.scope.kind,
                        ScopeKind::Function | ScopeKind::Comprehension
                    )
                {
                    match annotation_text(annotation).filter(|_| self.future_annotations) {
                        Some(text) => self.load_const(Value::str(text)),
                        None => self.expr(annotation)?,
                    }
                    self.load_name("__annotations__");
                    self.load_const(Value::str(n.as_str()));
                    self.emit(Instr::StoreSubscr);
                } else if value.is_none() && !matches!(target.kind, ExprKind::Name(_)) {
                    // `a.b: int` evaluates `a` (CPython does); nothing is stored.
                    if let ExprKind::Attribute { value, .. } = &target.kind {
                        self.expr(value)?;
                        self.emit(Instr::PopTop);
                    }
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                let top = self.new_label();
                let orelse_l = self.new_label();
                let end = self.new_label();
                self.bind(top);
                self.emit_jump(|t| Instr::ForIter { target: t }, orelse_l);
                self.depth += 1;
                self.store_target(target)?;
                self.fblocks.push(FBlock::For {
                    continue_to: top,
                    break_to: end,
                });
                self.in_loop += 1;
                self.stmts(body)?;
                self.in_loop -= 1;
                self.fblocks.pop();
                self.emit_jump(|t| Instr::Jump { target: t }, top);
                self.depth -= 1;
                self.bind(orelse_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                // The test runs once before the loop and then at the bottom, so an
                // iteration ends in one conditional jump back to the body instead of
                // a jump to the top and the test there (as CPython 3.12 compiles it).
                let body_l = self.new_label();
                let test_l = self.new_label();
                let orelse_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, orelse_l)?;
                self.bind(body_l);
                self.fblocks.push(FBlock::While {
                    continue_to: test_l,
                    break_to: end,
                });
                self.in_loop += 1;
                self.stmts(body)?;
                self.in_loop -= 1;
                self.fblocks.pop();
                self.bind(test_l);
                self.line = s.pos.line;
                self.jump_if(test, true, body_l)?;
                self.bind(orelse_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(|t| Instr::Jump { target: t }, end);
                }
                self.bind(else_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::With { items, body } => self.with_stmt(items, body, s.pos.line)?,
            StmtKind::Raise { exc, cause } => {
                let mut argc = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    argc = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        argc = 2;
                    }
                }
                self.line = s.pos.line;
                self.emit(Instr::Raise { argc });
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.line = s.pos.line;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.emit(Instr::PushUndef);
                    self.expr(m)?;
                    self.emit(Instr::Call { argc: 1 });
                }
                self.emit(Instr::Raise { argc: 1 });
                self.bind(end);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let name = self.name_idx(&a.name);
                    self.emit(Instr::ImportName { name });
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule itself.
                            for part in a.name.split('.').skip(1) {
                                let p = self.name_idx(part);
                                self.emit(Instr::LoadAttr { name: p });
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            self.store_name(&first);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level > 0 {
                    return self.unsupported(s.pos, "relative import");
                }
                let m = module.clone().unwrap_or_default();
                let mi = self.name_idx(&m);
                self.emit(Instr::ImportName { name: mi });
                for a in names {
                    if a.name == "*" {
                        if self.scope.kind != ScopeKind::Module {
                            return self.err(s.pos, "import * only allowed at module level");
                        }
                        self.emit(Instr::ImportStar);
                        return Ok(());
                    }
                    let n = self.name_idx(&a.name);
                    self.emit(Instr::ImportFrom { name: n });
                    self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                }
                self.emit(Instr::PopTop);
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => {
                // A lone docstring or constant compiles to nothing.
                if let ExprKind::Constant(_) = e.kind {
                    return Ok(());
                }
                self.expr(e)?;
                self.emit(Instr::PopTop);
            }
            StmtKind::Break => self.break_continue(s.pos, true)?,
            StmtKind::Continue => self.break_continue(s.pos, false)?,
            StmtKind::Unsupported { feature } => return self.unsupported(s.pos, feature),
        }
        Ok(())
    }

    /// Emits the exit code of every block from the innermost out to the function
    /// (for `return`; `keep_top`: a return value is on top of the stack).
    fn unwind_all(&mut self, keep_top: bool) -> CResult<()> {
        let blocks = self.fblocks.clone();
        for (i, b) in blocks.iter().enumerate().rev() {
            self.unwind_block(b, keep_top, i)?;
        }
        Ok(())
    }

    fn unwind_block(&mut self, b: &FBlock<'a>, keep_top: bool, index: usize) -> CResult<()> {
        match b {
            FBlock::For { .. } => {
                if keep_top {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
            }
            FBlock::While { .. } | FBlock::TryExcept => {}
            FBlock::With { line, handlers_len } => {
                // `__exit__(None, None, None)`, outside the with's own handler.
                let saved_handlers = self.handlers.clone();
                self.handlers.truncate(*handlers_len);
                if keep_top {
                    self.emit(Instr::RotTwo);
                }
                self.line = *line;
                self.call_exit_with_nones();
                self.handlers = saved_handlers;
            }
            FBlock::PopValue => {
                if keep_top {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
            }
            FBlock::Handler => {
                if keep_top {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::FinallyEnd => {
                // Stack: prev_exc exc [value]: drop exc, restore prev_exc.
                if keep_top {
                    self.emit(Instr::RotTwo);
                    self.emit(Instr::PopTop);
                    self.emit(Instr::RotTwo);
                } else {
                    self.emit(Instr::PopTop);
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::Finally { body, handlers_len } => {
                // Run the finally body outside its own protection (and that of any
                // block inside it), with the return value (if any) kept below it.
                let saved_blocks = self.fblocks.split_off(index);
                let saved_handlers = self.handlers.clone();
                self.handlers.truncate(*handlers_len);
                let saved_depth = self.depth;
                self.depth += keep_top as u32;
                let body: &'a [Stmt] = body;
                if keep_top {
                    self.fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if keep_top {
                    self.fblocks.pop();
                }
                self.depth = saved_depth;
                self.handlers = saved_handlers;
                self.fblocks.extend(saved_blocks);
            }
        }
        Ok(())
    }

    fn break_continue(&mut self, pos: Pos, is_break: bool) -> CResult<()> {
        let Some(loop_i) = self
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::For { .. } | FBlock::While { .. }))
        else {
            return if is_break {
                self.err(pos, "'break' outside loop")
            } else {
                self.err(pos, "'continue' not properly in loop")
            };
        };
        let blocks = self.fblocks.clone();
        for i in (loop_i + 1..blocks.len()).rev() {
            self.unwind_block(&blocks[i], false, i)?;
        }
        match blocks[loop_i] {
            FBlock::For {
                continue_to,
                break_to,
            } => {
                if is_break {
                    self.emit(Instr::PopTop);
                    self.emit_jump(|t| Instr::Jump { target: t }, break_to);
                } else {
                    self.emit_jump(|t| Instr::Jump { target: t }, continue_to);
                }
            }
            FBlock::While {
                continue_to,
                break_to,
            } => {
                let l = if is_break { break_to } else { continue_to };
                self.emit_jump(|t| Instr::Jump { target: t }, l);
            }
            _ => {}
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let handler_l = self.new_label();
        let end = self.new_label();
        let depth = self.depth;
        self.handlers.push((handler_l, depth));
        self.fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.fblocks.pop();
        self.handlers.pop();
        self.stmts(orelse)?;
        self.emit_jump(|t| Instr::Jump { target: t }, end);

        // Handler entry: stack is `exc` at `depth`.
        self.bind(handler_l);
        let cleanup = self.new_label();
        self.handlers.push((cleanup, depth + 1));
        self.emit(Instr::PushExcInfo);
        self.depth = depth + 1; // prev_exc (exc is on top while matching)
        for h in handlers {
            self.line = h.pos.line;
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(|t| Instr::PopJumpIfFalse { target: t }, next);
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            self.fblocks.push(FBlock::Handler);
            self.stmts(&h.body)?;
            self.fblocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                // `except E as e` unbinds `e` at the end of the handler.
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit_jump(|t| Instr::Jump { target: t }, end);
            self.bind(next);
        }
        // No handler matched: re-raise (its handler restores prev_exc).
        self.emit(Instr::Reraise);
        self.handlers.pop();
        self.bind(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.depth = depth;
        self.bind(end);
        Ok(())
    }

    /// `with a as x, b as y: body`: one `with` per item, nested. As CPython does:
    /// `BeforeWith` leaves the bound `__exit__` under `__enter__`'s result; the
    /// body runs under a handler that hands the exception to `__exit__` and
    /// re-raises it unless that returns true.
    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt], line: u32) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&item.context_expr)?;
        self.line = line;
        self.emit(Instr::BeforeWith);
        let handler_l = self.new_label();
        let end = self.new_label();
        let depth = self.depth;
        let handlers_len = self.handlers.len();
        // The body, `__exit__` kept below it; the handler keeps it too.
        self.depth = depth + 1;
        self.handlers.push((handler_l, depth + 1));
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.fblocks.push(FBlock::With { line, handlers_len });
        self.with_stmt(rest, body, line)?;
        self.fblocks.pop();
        self.handlers.pop();
        // Normal exit.
        self.line = line;
        self.call_exit_with_nones();
        self.emit_jump(|t| Instr::Jump { target: t }, end);

        // Exception exit: `exit exc` on the stack.
        self.bind(handler_l);
        let cleanup = self.new_label();
        self.handlers.push((cleanup, depth + 2));
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        let suppress = self.new_label();
        self.emit_jump(|t| Instr::PopJumpIfTrue { target: t }, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        // Suppressed: drop the exception, restore the previous one, drop `__exit__`.
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit_jump(|t| Instr::Jump { target: t }, end);
        self.handlers.pop();
        // `__exit__` raised, or the exception goes on: restore the previous one.
        self.bind(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.depth = depth;
        self.bind(end);
        Ok(())
    }

    /// CPython's `SETUP_ANNOTATIONS`: a module or class body with annotated names
    /// starts with an empty `__annotations__`.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        fn annotates(stmts: &[Stmt]) -> bool {
            stmts.iter().any(|s| match &s.kind {
                StmtKind::AnnAssign { target, .. } => matches!(target.kind, ExprKind::Name(_)),
                StmtKind::If { body, orelse, .. }
                | StmtKind::For { body, orelse, .. }
                | StmtKind::While { body, orelse, .. } => annotates(body) || annotates(orelse),
                StmtKind::With { body, .. } => annotates(body),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    annotates(body)
                        || handlers.iter().any(|h| annotates(&h.body))
                        || annotates(orelse)
                        || annotates(finalbody)
                }
                _ => false,
            })
        }
        if annotates(body) {
            self.emit(Instr::BuildMap { n: 0 });
            self.store_name("__annotations__");
        }
    }

    /// Calls the `__exit__` on top of the stack with three `None`s, dropping it and
    /// the result.
    fn call_exit_with_nones(&mut self) {
        self.emit(Instr::PushUndef);
        for _ in 0..3 {
            self.load_const(Value::None);
        }
        self.emit(Instr::Call { argc: 3 });
        self.emit(Instr::PopTop);
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let fin_exc = self.new_label();
        let end = self.new_label();
        let depth = self.depth;
        let handlers_len = self.handlers.len();
        self.handlers.push((fin_exc, depth));
        self.fblocks.push(FBlock::Finally {
            body: finalbody,
            handlers_len,
        });
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.fblocks.pop();
        self.handlers.pop();
        // Normal exit: run the finally body.
        self.stmts(finalbody)?;
        self.emit_jump(|t| Instr::Jump { target: t }, end);

        // Exception exit: `exc` on the stack.
        self.bind(fin_exc);
        let cleanup = self.new_label();
        self.handlers.push((cleanup, depth + 1));
        self.emit(Instr::PushExcInfo);
        self.depth = depth + 2;
        self.fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.fblocks.pop();
        self.emit(Instr::Reraise);
        self.handlers.pop();
        self.bind(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.depth = depth;
        self.bind(end);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        let op = bin_op_index(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(Instr::InplaceOp { op });
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Instr::DupTop);
                let name = self.name_idx(attr);
                self.emit(Instr::LoadAttr { name });
                self.expr(value)?;
                self.emit(Instr::InplaceOp { op });
                self.emit(Instr::RotTwo);
                self.emit(Instr::StoreAttr { name });
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::DupTop2);
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.emit(Instr::InplaceOp { op });
                self.emit(Instr::RotThree);
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return self.err(
                    target.pos,
                    "'expression' is an illegal expression for augmented assignment",
                );
            }
        }
        Ok(())
    }

    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let name = self.name_idx(attr);
                self.emit(Instr::StoreAttr { name });
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(si) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return self.err(t.pos, "multiple starred expressions in assignment");
                        }
                        let before = si as u32;
                        let after = (items.len() - si - 1) as u32;
                        self.emit(Instr::UnpackEx { before, after });
                    }
                    None => {
                        self.emit(Instr::UnpackSequence {
                            n: items.len() as u32,
                        });
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return self.err(
                    t.pos,
                    "starred assignment target must be in a list or tuple",
                );
            }
            _ => return self.err(t.pos, "cannot assign to expression"),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let name = self.name_idx(attr);
                self.emit(Instr::DeleteAttr { name });
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return self.err(t.pos, "cannot delete expression"),
        }
        Ok(())
    }

    // ----- functions and classes --------------------------------------------------

    fn make_function(
        &mut self,
        key: usize,
        name: &str,
        args: &'a Arguments,
        body: FnBody<'a>,
        pos: Pos,
    ) -> CResult<()> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple {
                n: args.defaults.len() as u32,
            });
            flags |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                self.load_const(Value::str(a.name.as_str()));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap { n: kw.len() as u32 });
            flags |= 2;
        }
        let code = self.child_code(key, name, pos, |b| {
            b.code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            b.code.posonlyargcount = args.posonlyargs.len() as u32;
            b.code.kwonlyargcount = args.kwonlyargs.len() as u32;
            b.code.has_varargs = args.vararg.is_some();
            b.code.has_varkw = args.kwarg.is_some();
            match body {
                FnBody::Stmts(stmts) => {
                    b.code.doc = docstring(stmts).map(Rc::from);
                    b.stmts(stmts)?;
                    b.load_const(Value::None);
                    b.emit(Instr::ReturnValue);
                }
                FnBody::Expr(e) => {
                    b.expr(e)?;
                    b.emit(Instr::ReturnValue);
                }
            }
            Ok(())
        })?;
        self.line = pos.line;
        self.emit(Instr::MakeFunction { code, flags });
        Ok(())
    }

    /// Compiles a child scope and records it; returns its index in `children`.
    fn child_code(
        &mut self,
        key: usize,
        name: &str,
        pos: Pos,
        body: impl FnOnce(&mut Builder<'a>) -> CResult<()>,
    ) -> CResult<u32> {
        let Some(scope) = self.table.scopes.get(&key) else {
            return self.err(pos, "internal error: missing scope");
        };
        let qualname = match self.scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", self.code.qualname, name),
            _ => format!("{}.<locals>.{}", self.code.qualname, name),
        };
        let mut child = Builder::new(
            self.table,
            scope,
            self.code.filename.clone(),
            Rc::from(name),
            Rc::from(qualname.as_str()),
            pos.line,
        );
        child.line = pos.line;
        child.future_annotations = self.future_annotations;
        // A function with `yield` in its body makes a generator when called.
        child.code.is_generator = scope.is_generator;
        body(&mut child)?;
        let closure: Vec<u32> = scope.freevars.iter().map(|n| self.cell_index(n)).collect();
        let idx = self.code.children.len() as u32;
        self.code.children.push(Rc::new(child.finish()));
        self.code.child_closures.push(closure);
        Ok(idx)
    }

    fn class_def(&mut self, c: &'a ClassDef, pos: Pos) -> CResult<()> {
        if !c.keywords.is_empty() {
            return self.unsupported(pos, "class keyword arguments (metaclass=...)");
        }
        for d in &c.decorators {
            self.expr(d)?;
            self.emit(Instr::PushUndef);
        }
        for b in &c.bases {
            self.expr(b)?;
        }
        let code = self.child_code(key_of(c), &c.name, pos, |b| {
            b.store_docstring(&c.body);
            b.setup_annotations(&c.body);
            b.stmts(&c.body)?;
            b.load_const(Value::None);
            b.emit(Instr::ReturnValue);
            Ok(())
        })?;
        self.line = pos.line;
        self.emit(Instr::MakeClass {
            code,
            nbases: c.bases.len() as u32,
        });
        for _ in &c.decorators {
            self.emit(Instr::Call { argc: 1 });
        }
        self.store_name(&c.name);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let code = self.child_code(key_of(e), name, e.pos, |b| {
            b.code.argcount = 1;
            match kind {
                CompKind::List => b.emit(Instr::BuildList { n: 0 }),
                CompKind::Set => b.emit(Instr::BuildSet { n: 0 }),
                CompKind::Dict => b.emit(Instr::BuildMap { n: 0 }),
                // A generator expression is a generator: it yields each item lazily.
                CompKind::Gen => {
                    b.code.is_generator = true;
                    0
                }
            };
            b.comp_generator(generators, 0, kind, elt, value)?;
            if kind == CompKind::Gen {
                b.load_const(Value::None);
            }
            b.emit(Instr::ReturnValue);
            Ok(())
        })?;
        self.emit(Instr::MakeFunction { code, flags: 0 });
        self.emit(Instr::PushUndef);
        self.expr(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        self.line = e.pos.line;
        self.emit(Instr::Call { argc: 1 });
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let g = &gens[i];
        if i == 0 {
            self.emit(Instr::LoadFast { idx: 0 });
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.emit_jump(|t| Instr::ForIter { target: t }, end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend { depth });
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd { depth });
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Instr::MapAdd { depth });
                }
            }
        }
        self.emit_jump(|t| Instr::Jump { target: t }, top);
        self.bind(end);
        Ok(())
    }

    // ----- expressions --------------------------------------------------------------

    /// Compiles `e` as a condition: jumps to `target` when its truth equals `when`.
    fn jump_if(&mut self, e: &'a Expr, when: bool, target: Label) -> CResult<()> {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOpKind::Not,
                operand,
            } => return self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOpKind::And;
                // `a and b` jumps-if-false when either is false; jumps-if-true only if
                // both are true (and dually for `or`).
                if is_and != when {
                    for v in values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = values.len();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            ExprKind::Constant(Constant::Bool(b)) => {
                if *b == when {
                    self.emit_jump(|t| Instr::Jump { target: t }, target);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        if when {
            self.emit_jump(|t| Instr::PopJumpIfTrue { target: t }, target);
        } else {
            self.emit_jump(|t| Instr::PopJumpIfFalse { target: t }, target);
        }
        Ok(())
    }

    fn constant_value(&self, c: &Constant, pos: Pos) -> CResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(s) => match s.parse::<num_bigint::BigInt>() {
                Ok(b) => Value::from_bigint(b),
                Err(_) => return self.err(pos, "invalid integer literal"),
            },
            Constant::Float(f) => Value::float(*f),
            Constant::Str(s) => Value::Str(intern(s)),
            Constant::Imaginary(_) => return self.unsupported(pos, "complex numbers"),
            Constant::Bytes(_) => return self.unsupported(pos, "bytes literals"),
            Constant::Ellipsis => return self.unsupported(pos, "the Ellipsis literal '...'"),
        })
    }

    /// A tuple of constants folds to one constant, as in CPython.
    fn fold_tuple(&self, items: &[Expr]) -> Option<Value> {
        let mut out = Vec::with_capacity(items.len());
        for i in items {
            match &i.kind {
                ExprKind::Constant(
                    c @ (Constant::None
                    | Constant::Bool(_)
                    | Constant::Int(_)
                    | Constant::Float(_)
                    | Constant::Str(_)),
                ) => out.push(self.constant_value(c, i.pos).ok()?),
                _ => return None,
            }
        }
        Some(Value::tuple(out))
    }

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let line = e.pos.line;
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = self.constant_value(c, e.pos)?;
                self.load_const(v);
            }
            ExprKind::Name(n) => {
                self.line = line;
                self.load_name(n);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.line = line;
                self.emit(Instr::BinaryOp {
                    op: bin_op_index(*op),
                });
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative numeric literals so `-1` is one constant.
                if let (UnaryOpKind::USub, ExprKind::Constant(Constant::Int(i))) =
                    (op, &operand.kind)
                    && let Some(n) = i.checked_neg()
                {
                    self.load_const(Value::Int(n));
                    return Ok(());
                }
                if let (UnaryOpKind::USub, ExprKind::Constant(Constant::Float(f))) =
                    (op, &operand.kind)
                {
                    self.load_const(Value::float(-f));
                    return Ok(());
                }
                self.expr(operand)?;
                self.line = line;
                self.emit(match op {
                    UnaryOpKind::Invert => Instr::UnaryInvert,
                    UnaryOpKind::Not => Instr::UnaryNot,
                    UnaryOpKind::UAdd => Instr::UnaryPos,
                    UnaryOpKind::USub => Instr::UnaryNeg,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        match op {
                            BoolOpKind::And => {
                                self.emit_jump(|t| Instr::JumpIfFalseOrPop { target: t }, end)
                            }
                            BoolOpKind::Or => {
                                self.emit_jump(|t| Instr::JumpIfTrueOrPop { target: t }, end)
                            }
                        }
                    }
                }
                self.bind(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.line = line;
                    self.compare_op(ops[0]);
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(right)?;
                        if i + 1 < ops.len() {
                            self.emit(Instr::DupTop);
                            self.emit(Instr::RotThree);
                            self.line = line;
                            self.compare_op(*op);
                            self.emit_jump(|t| Instr::JumpIfFalseOrPop { target: t }, cleanup);
                        } else {
                            self.line = line;
                            self.compare_op(*op);
                        }
                    }
                    self.emit_jump(|t| Instr::Jump { target: t }, end);
                    self.bind(cleanup);
                    self.emit(Instr::RotTwo);
                    self.emit(Instr::PopTop);
                    self.bind(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.emit_jump(|t| Instr::Jump { target: t }, end);
                self.bind(else_l);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Lambda { args, body } => {
                self.make_function(key_of(e), "<lambda>", args, FnBody::Expr(body), e.pos)?;
            }
            ExprKind::Tuple(items) => {
                if let Some(v) = self.fold_tuple(items) {
                    self.load_const(v);
                } else if self.has_star(items) {
                    self.starred_list(items)?;
                    self.emit(Instr::ListToTuple);
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Instr::BuildTuple {
                        n: items.len() as u32,
                    });
                }
            }
            ExprKind::List(items) => {
                if self.has_star(items) {
                    self.starred_list(items)?;
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Instr::BuildList {
                        n: items.len() as u32,
                    });
                }
            }
            ExprKind::Set(items) => {
                if let Some(v) = super::const_fold::fold_set(items) {
                    // CPython turns a display of more than two constants into
                    // `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`, and the
                    // update copies the constant's slot layout.
                    self.emit(Instr::BuildSet { n: 0 });
                    self.load_const(v);
                    self.emit(Instr::SetUpdate { depth: 1 });
                } else if self.has_star(items) {
                    self.emit(Instr::BuildSet { n: 0 });
                    for i in items {
                        match &i.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.emit(Instr::SetUpdate { depth: 1 });
                            }
                            _ => {
                                self.expr(i)?;
                                self.emit(Instr::SetAdd { depth: 1 });
                            }
                        }
                    }
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Instr::BuildSet {
                        n: items.len() as u32,
                    });
                }
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().any(|k| k.is_none()) {
                    self.emit(Instr::BuildMap { n: 0 });
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Instr::MapAdd { depth: 1 });
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Instr::DictUpdate { depth: 1 });
                            }
                        }
                    }
                } else {
                    for (k, v) in keys.iter().zip(values) {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.line = line;
                    self.emit(Instr::BuildMap {
                        n: keys.len() as u32,
                    });
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Value::str(""));
                    return Ok(());
                }
                for p in parts {
                    self.fstring_part(p)?;
                }
                if parts.len() > 1 {
                    self.emit(Instr::BuildString {
                        n: parts.len() as u32,
                    });
                }
            }
            ExprKind::FormattedValue { .. } => self.fstring_part(e)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.line = line;
                let name = self.name_idx(attr);
                self.emit(Instr::LoadAttr { name });
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.line = line;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice { n: 3 });
                    }
                    None => {
                        self.emit(Instr::BuildSlice { n: 2 });
                    }
                }
            }
            ExprKind::Starred(_) => return self.err(e.pos, "can't use starred expression here"),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::DupTop);
                self.store_target(target)?;
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.line = e.pos.line;
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                // CPython's loop: send into the sub-iterator, yield what it yields,
                // resume with what was sent; its return value is the result.
                self.expr(v)?;
                self.line = e.pos.line;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Value::None);
                let send = self.new_label();
                let done = self.new_label();
                self.bind(send);
                self.emit_jump(|t| Instr::YieldFromSend { target: t }, done);
                self.emit(Instr::YieldValue);
                self.emit_jump(|t| Instr::Jump { target: t }, send);
                self.bind(done);
            }
        }
        Ok(())
    }

    fn fstring_part(&mut self, p: &'a Expr) -> CResult<()> {
        match &p.kind {
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(Instr::FormatValue { flags });
            }
            _ => self.expr(p)?,
        }
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        let i = match op {
            CmpOp::Eq => Instr::CompareOp { op: Cmp::Eq as u32 },
            CmpOp::NotEq => Instr::CompareOp { op: Cmp::Ne as u32 },
            CmpOp::Lt => Instr::CompareOp { op: Cmp::Lt as u32 },
            CmpOp::LtE => Instr::CompareOp { op: Cmp::Le as u32 },
            CmpOp::Gt => Instr::CompareOp { op: Cmp::Gt as u32 },
            CmpOp::GtE => Instr::CompareOp { op: Cmp::Ge as u32 },
            CmpOp::Is => Instr::IsOp { invert: 0 },
            CmpOp::IsNot => Instr::IsOp { invert: 1 },
            CmpOp::In => Instr::ContainsOp { invert: 0 },
            CmpOp::NotIn => Instr::ContainsOp { invert: 1 },
        };
        self.emit(i);
    }

    fn has_star(&self, items: &[Expr]) -> bool {
        items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)))
    }

    /// Builds a list from items some of which are `*iterable`.
    fn starred_list(&mut self, items: &'a [Expr]) -> CResult<()> {
        self.emit(Instr::BuildList { n: 0 });
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Instr::ListExtend { depth: 1 });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(Instr::ListAppend { depth: 1 });
                }
            }
        }
        Ok(())
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        let line = e.pos.line;
        let star = self.has_star(args) || keywords.iter().any(|k| k.name.is_none());
        // Method call: `obj.name(...)` avoids a bound-method object.
        if let (ExprKind::Attribute { value, attr }, false) = (&func.kind, star) {
            self.expr(value)?;
            let name = self.name_idx(attr);
            self.line = func.pos.line.max(value.pos.line);
            self.emit(Instr::LoadMethod { name });
        } else if let (ExprKind::Name(n), false) = (&func.kind, star) {
            // Zero-argument `super()` inside a method: pass `__class__` and `self`.
            // (Without `__class__` or a first argument it is a plain call, which
            // raises CPython's RuntimeError when it runs.)
            if n == "super"
                && args.is_empty()
                && keywords.is_empty()
                && self.scope.bindings.get("__class__") == Some(&Binding::Free)
                && (self.code.argcount > 0 || self.code.has_varargs)
                && let Some(first) = self.scope.varnames.first()
            {
                self.load_name("super");
                self.emit(Instr::PushUndef);
                self.load_name("__class__");
                let first = first.clone();
                self.load_name(&first);
                self.line = line;
                self.emit(Instr::Call { argc: 2 });
                return Ok(());
            }
            self.expr(func)?;
            self.emit(Instr::PushUndef);
        } else {
            self.expr(func)?;
            self.emit(Instr::PushUndef);
        }
        if star {
            // General form: a positional tuple and a keyword dict. A lone `*v` is
            // passed as it is (`CallEx` checks it, naming the function in errors).
            if let [
                Expr {
                    kind: ExprKind::Starred(inner),
                    ..
                },
            ] = args
            {
                self.expr(inner)?;
            } else {
                self.starred_list(args)?;
                self.emit(Instr::ListToTuple);
            }
            let has_kw = !keywords.is_empty();
            if has_kw {
                self.emit(Instr::BuildMap { n: 0 });
                for k in keywords {
                    match &k.name {
                        Some(n) => {
                            self.load_const(Value::str(n.as_str()));
                            self.expr(&k.value)?;
                            self.emit(Instr::BuildMap { n: 1 });
                            self.emit(Instr::DictMerge { depth: 1 });
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Instr::DictMerge { depth: 1 });
                        }
                    }
                }
            }
            self.line = line;
            self.emit(Instr::CallEx {
                kwargs: has_kw as u32,
            });
            return Ok(());
        }
        for a in args {
            self.expr(a)?;
        }
        let argc = (args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.line = line;
            self.emit(Instr::Call { argc });
        } else {
            let mut names = Vec::new();
            for k in keywords {
                let n = k.name.clone().unwrap_or_default();
                if names
                    .iter()
                    .any(|x: &Value| matches!(x, Value::Str(s) if s.as_str() == n))
                {
                    return self.err(k.pos, format!("keyword argument repeated: {n}"));
                }
                names.push(Value::Str(intern(n.as_str())));
                self.expr(&k.value)?;
            }
            let kwnames = self.add_const(Value::tuple(names));
            self.line = line;
            self.emit(Instr::CallKw { argc, kwnames });
        }
        Ok(())
    }
}

/// The target and value items of `a, b = x, y` (2 or 3 plain items each side).
fn swap_parts<'e>(targets: &'e [Expr], value: &'e Expr) -> Option<(&'e [Expr], &'e [Expr])> {
    let [target] = targets else { return None };
    let (ExprKind::Tuple(ts) | ExprKind::List(ts)) = &target.kind else {
        return None;
    };
    let ExprKind::Tuple(vs) = &value.kind else {
        return None;
    };
    let plain = |e: &Expr| !matches!(e.kind, ExprKind::Starred(_));
    let ok = (2..=3).contains(&ts.len())
        && ts.len() == vs.len()
        && ts.iter().all(plain)
        && vs.iter().all(plain);
    ok.then_some((ts.as_slice(), vs.as_slice()))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Copy)]
enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

/// The text `from __future__ import annotations` keeps for an annotation: CPython
/// unparses the expression. `None` for forms outside the common ones (names,
/// attributes, subscripts, constants, `|` unions, lists and tuples), which are
/// then evaluated instead.
fn annotation_text(e: &Expr) -> Option<String> {
    Some(match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Attribute { value, attr } => format!("{}.{attr}", annotation_text(value)?),
        ExprKind::Subscript { value, slice } => {
            let inner = match &slice.kind {
                ExprKind::Tuple(items) if !items.is_empty() => items
                    .iter()
                    .map(annotation_text)
                    .collect::<Option<Vec<_>>>()?
                    .join(", "),
                _ => annotation_text(slice)?,
            };
            format!("{}[{inner}]", annotation_text(value)?)
        }
        ExprKind::Constant(Constant::None) => "None".into(),
        ExprKind::Constant(Constant::Bool(b)) => if *b { "True" } else { "False" }.into(),
        ExprKind::Constant(Constant::Int(i)) => i.to_string(),
        ExprKind::Constant(Constant::Ellipsis) => "...".into(),
        ExprKind::Constant(Constant::Str(s)) => crate::runtime::numeric::str_repr(s),
        ExprKind::BinOp {
            left,
            op: BinOp::BitOr,
            right,
        } => format!("{} | {}", annotation_text(left)?, annotation_text(right)?),
        ExprKind::List(items) => format!(
            "[{}]",
            items
                .iter()
                .map(annotation_text)
                .collect::<Option<Vec<_>>>()?
                .join(", ")
        ),
        ExprKind::Tuple(items) => {
            let parts = items
                .iter()
                .map(annotation_text)
                .collect::<Option<Vec<_>>>()?;
            match parts.len() {
                1 => format!("({},)", parts[0]),
                _ => format!("({})", parts.join(", ")),
            }
        }
        _ => return None,
    })
}
