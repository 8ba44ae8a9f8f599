//! Tiers 0 and 1: the bytecode interpreter, which quickens its instructions into
//! specialised forms as they warm up (`specialize.rs`), and the [`Interpreter`] seam.
//!
//! All frames share one value stack (`Vm::stack`). A frame's locals are the contiguous
//! slots `stack[base..base + nlocals]`, followed by its operand stack; native code
//! (tier 2) will address locals at fixed offsets from `base`. A call leaves
//! `callable, self_or_undef, args...` on the caller's stack and the arguments become
//! the callee's first locals in place, so Python-to-Python calls neither copy
//! arguments nor recurse on the Rust stack: deep recursion ends in `RecursionError`.
//! Built-ins that call back into Python (`sorted(key=...)`, `__eq__`) re-enter the
//! loop through the [`Interpreter`]; those re-entries are counted and bounded as well.
//! The `Vm` also counts calls and loop back-edges and consults the profiler at its
//! thresholds (`hot_function`, `hot_loop`).

mod eval;
pub mod generators;
pub(crate) mod specialize;

use std::collections::HashMap;
use std::io::Write;
use std::rc::{Rc, Weak};

use crate::ModuleLoader;
use crate::compiler::CodeObject;
use crate::jit::{CompileRequest, Jit, NullJit};
use crate::profile::{CountingProfiler, Profiler, Promote, Thresholds, TierEvent};
use crate::runtime::class::Class;
use crate::runtime::exceptions::{ExcKind, PyErr, PyResult, type_error};
use crate::runtime::iter::{IterState, Suspended};
use crate::runtime::types::Types;
use crate::runtime::value::{Args, Function, Module, PyCell, PyStr, Value};

/// Runs bytecode: the tier-0/1 side of the engine, as a seam a host or a test can
/// replace (`Engine::set_interpreter`). The engine calls it for every native entry
/// into Python (a script, a host's `call`, a built-in calling back into Python);
/// tier 2 will call it to resume a frame after deoptimisation.
pub trait Interpreter: Send + Sync {
    /// A short name for reports.
    fn name(&self) -> &'static str;
    /// Runs the innermost frame of `vm` from bytecode offset `offset` until that
    /// frame returns, and gives what it returned or the exception it raised.
    fn run_frame(&self, vm: &mut Vm, offset: usize) -> PyResult<Value>;
}

/// The default [`Interpreter`]: the dispatch loop of `eval.rs`, quickening
/// instructions in place as they warm up (tier 1).
#[derive(Clone, Copy, Debug, Default)]
pub struct QuickeningInterpreter;

impl Interpreter for QuickeningInterpreter {
    fn name(&self) -> &'static str {
        "quickening"
    }
    fn run_frame(&self, vm: &mut Vm, offset: usize) -> PyResult<Value> {
        if let Some(f) = vm.frames.last_mut() {
            f.pc = offset;
        }
        vm.run()
    }
}

/// One activation of a code object.
pub struct Frame {
    /// The code being run.
    pub code: Rc<CodeObject>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Index in `Vm::stack` of local 0.
    pub base: usize,
    /// The caller's stack length to restore on return (the result is pushed after).
    pub ret_to: usize,
    /// Cells: cellvars, then freevars.
    pub cells: Vec<Rc<PyCell>>,
    /// The module globals.
    pub globals: Rc<Module>,
    /// The namespace of a class body being executed.
    pub namespace: Option<Rc<crate::runtime::value::Dict>>,
    /// Whether returning from this frame ends the native entry that started it (`Vm::run`).
    pub is_entry: bool,
    /// For the frame of an `__init__` run by a `Class(...)` call: the new instance,
    /// which the call returns (after checking that `__init__` returned `None`).
    pub init_instance: Option<Value>,
}

/// The interpreter state of one engine.
pub struct Vm {
    /// The shared value stack (locals and operands of every frame).
    pub stack: Vec<Value>,
    /// Active frames, innermost last.
    pub frames: Vec<Frame>,
    /// The `builtins` module.
    pub builtins: Rc<Module>,
    /// Imported modules by name.
    pub modules: HashMap<String, Value>,
    /// The built-in classes.
    pub types: Types,
    /// Where `print` writes.
    pub out: Box<dyn Write + Send>,
    /// Finds the source of `import`ed modules.
    pub loader: Box<dyn ModuleLoader>,
    /// Maximum number of nested frames.
    pub recursion_limit: usize,
    /// The exception being handled (`except` block), for bare `raise` and `__context__`.
    pub handled_exc: Value,
    /// Interned one-character ASCII strings (iteration over str allocates nothing).
    pub ascii_chars: Vec<Rc<PyStr>>,
    /// Nesting of native re-entries into `run`.
    pub native_depth: usize,
    /// Address of a local of the outermost [`Vm::run_entry`]: stack use is measured
    /// from it.
    native_stack_base: usize,
    /// Bytes of native stack nested `run_entry` calls may use (`Config`).
    pub native_stack_budget: usize,
    /// Host functions registered with the engine.
    pub host_fns: Vec<crate::engine::HostFn>,
    /// Script arguments (`sys.argv` when `sys` lands).
    pub argv: Vec<String>,
    /// Source text by file name, for the source lines of tracebacks.
    pub sources: HashMap<Rc<str>, Rc<str>>,
    /// The frame a `YieldValue` just suspended, on its way back to `resume_generator`.
    suspended: Option<Box<Suspended>>,
    /// The return value of the generator that `iter_next` just found finished
    /// (for `next()`'s StopIteration; others ignore it).
    pub generator_return: Option<Value>,
    /// Set once a `property` exists: until then attribute assignment skips looking
    /// for one in the class.
    pub descriptors_in_use: bool,
    /// Set once a class defines `__setattr__`, `__delattr__` or `__getattr__`: until
    /// then attribute assignment and deletion skip looking for them.
    pub attr_hooks_in_use: bool,
    /// The `NotImplemented` singleton (set when the built-ins are installed).
    pub not_implemented: Value,
    /// The interned name `__init__`, looked up on every `Class(...)` call.
    pub init_name: Rc<PyStr>,
    /// Spare argument vectors for built-in calls (kept empty, reused for their capacity).
    arg_vecs: Vec<Vec<Value>>,
    /// Decides promotions between tiers (told of every tier event).
    pub profiler: Box<dyn Profiler + Send>,
    /// The profiler's thresholds, read when it was installed.
    pub thresholds: Thresholds,
    /// Compiles hot code to native code (tier 2).
    pub jit: Box<dyn Jit + Send>,
    /// Runs bytecode for every native entry (see [`Interpreter`]).
    pub interpreter: std::sync::Arc<dyn Interpreter>,
    /// Bumped whenever any class is created or its namespace changes: attribute
    /// caches of tier 1 are keyed on it (class changes after start-up are rare).
    pub class_epoch: u64,
    /// Every code object this engine has compiled, for `Engine::stats`.
    pub codes: Vec<Weak<CodeObject>>,
    /// The exception native code raised in a frame it left at `jit::RAISED`, and
    /// the offset to unwind from (the one after the raising instruction).
    pub(crate) native_error: Option<(PyErr, usize)>,
    /// Native code's poll counter: decremented at loop back-edges and calls;
    /// native code leaves for the runtime when it runs out (`jit::runtime::enter`
    /// polls).
    pub(crate) jit_budget: i64,
    /// The built-ins native code checks callees against (`jit::runtime::JIT_BUILTINS`):
    /// the originals, kept alive so that their addresses stay theirs.
    pub(crate) jit_builtins: Vec<Value>,
    /// The buffer native code passes values to its helpers in.
    pub(crate) jit_scratch: Vec<std::mem::MaybeUninit<Value>>,
}

impl Vm {
    /// Makes an interpreter with the built-ins installed.
    pub fn new(out: Box<dyn Write + Send>, loader: Box<dyn ModuleLoader>) -> Vm {
        let types = Types::new();
        let ascii_chars = (0u8..128)
            .map(|b| Rc::new(PyStr::new((b as char).to_string())))
            .collect();
        let builtins_dict = Rc::new(crate::runtime::value::Dict::default());
        let builtins = Rc::new(Module {
            name: Rc::new(PyStr::new("builtins")),
            dict: builtins_dict,
        });
        let mut vm = Vm {
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            builtins,
            modules: HashMap::new(),
            types,
            out,
            loader,
            recursion_limit: 1000,
            handled_exc: Value::None,
            ascii_chars,
            native_depth: 0,
            native_stack_base: 0,
            native_stack_budget: 1 << 20,
            host_fns: Vec::new(),
            argv: Vec::new(),
            sources: HashMap::new(),
            suspended: None,
            generator_return: None,
            descriptors_in_use: false,
            attr_hooks_in_use: false,
            init_name: Rc::new(PyStr::new("__init__")),
            not_implemented: Value::None,
            arg_vecs: Vec::new(),
            profiler: Box::new(CountingProfiler::new(&crate::Config::default())),
            thresholds: CountingProfiler::new(&crate::Config::default()).thresholds(),
            jit: Box::new(NullJit),
            interpreter: std::sync::Arc::new(QuickeningInterpreter),
            class_epoch: 0,
            codes: Vec::new(),
            native_error: None,
            jit_budget: crate::jit::runtime::POLL_INTERVAL,
            jit_scratch: Vec::new(),
            jit_builtins: Vec::new(),
        };
        crate::runtime::builtins::install(&mut vm);
        vm.jit_builtins = crate::jit::runtime::JIT_BUILTINS
            .iter()
            .map(|name| {
                crate::runtime::ops::dict_get_str(&vm.builtins.dict, name).unwrap_or(Value::None)
            })
            .collect();
        vm
    }

    /// A one-character string value (cached for ASCII).
    #[inline]
    pub fn char_value(&self, c: char) -> Value {
        if (c as u32) < 128 {
            Value::Str(self.ascii_chars[c as usize].clone())
        } else {
            Value::str(c.to_string())
        }
    }

    /// Makes a fresh module namespace with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> Rc<Module> {
        let m = Rc::new(Module {
            name: Rc::new(PyStr::new(name)),
            dict: Rc::new(crate::runtime::value::Dict::default()),
        });
        let _ = crate::runtime::ops::dict_set_str(&m.dict, "__name__", Value::str(name));
        let _ = crate::runtime::ops::dict_set_str(&m.dict, "__doc__", Value::None);
        m
    }

    /// Runs module-level code in `module`'s namespace and returns its result.
    pub fn run_module_code(
        &mut self,
        code: Rc<CodeObject>,
        module: &Rc<Module>,
    ) -> PyResult<Value> {
        self.register_code(&code);
        let ret_to = self.stack.len();
        let base = self.stack.len();
        for _ in 0..code.nlocals() {
            self.stack.push(Value::Undef);
        }
        let cells = (0..code.ncells()).map(|_| PyCell::new_tracked()).collect();
        self.push_frame(Frame {
            code,
            pc: 0,
            base,
            ret_to,
            cells,
            globals: module.clone(),
            namespace: None,
            is_entry: true,
            init_instance: None,
        })?;
        self.run_entry()
    }

    /// Runs a class body with `namespace` as its local namespace.
    pub fn run_class_body(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<Module>,
        namespace: Rc<crate::runtime::value::Dict>,
        cells: Vec<Rc<PyCell>>,
    ) -> PyResult<Value> {
        let ret_to = self.stack.len();
        let base = self.stack.len();
        self.push_frame(Frame {
            code,
            pc: 0,
            base,
            ret_to,
            cells,
            globals,
            namespace: Some(namespace),
            is_entry: true,
            init_instance: None,
        })?;
        self.run_entry()
    }

    fn push_frame(&mut self, f: Frame) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            self.stack.truncate(f.ret_to);
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let c = &f.code.counters;
        let calls = c.calls.get() + 1;
        c.calls.set(calls);
        if calls >= c.next_call_check.get() {
            self.hot_function(&f.code.clone(), calls, f.base);
        }
        let native = f.code.native.at_entry.get();
        self.frames.push(f);
        if native {
            self.run_native_at_entry();
        }
        Ok(())
    }

    /// A frame of code with native code was just pushed: run it natively from its
    /// start. The frame's `pc` says where the interpreter goes on (`jit::RAISED`
    /// with `native_error` set if it raised).
    #[cold]
    fn run_native_at_entry(&mut self) {
        let Some(code) = self.frames.last().map(|f| f.code.clone()) else {
            return;
        };
        if let Some(pc) = self.run_native(&code, 0)
            && let Some(f) = self.frames.last_mut()
        {
            f.pc = pc;
        }
    }

    /// Runs the native code of `code` (the innermost frame's) from offset `at`.
    /// Returns where the interpreter continues, or `None` if native code was not
    /// entered.
    pub(crate) fn run_native(&mut self, code: &CodeObject, at: usize) -> Option<usize> {
        use crate::jit::runtime::NativeExit;
        let native = code.native.get()?;
        let state = &code.native;
        let run = crate::jit::runtime::enter(self, &native, at);
        drop(native);
        let exit = run.exit;
        if let Some(assumption) = run.failed {
            self.native_assumption_failed(code, at, assumption);
        }
        if !matches!(exit, NativeExit::Declined) {
            state.entries.set(state.entries.get() + 1);
        }
        match exit {
            NativeExit::Declined => None,
            NativeExit::Resume { pc, deopt } => {
                if deopt {
                    self.native_deopt(code, at);
                }
                Some(pc)
            }
            NativeExit::Raised { pc, err } => {
                // The frame sits at `RAISED` until the dispatch loop sees it and
                // unwinds from the raising instruction (`pc + 1`, as if it had run).
                if let Some(f) = self.frames.last_mut() {
                    f.pc = crate::jit::RAISED;
                }
                self.native_error = Some((err, pc + 1));
                Some(crate::jit::RAISED)
            }
        }
    }

    /// A check in native code failed: the code is compiled again without the
    /// assumption (kept out of `run_native`, whose frame is on the native stack of
    /// every recursive call).
    #[cold]
    #[inline(never)]
    fn native_assumption_failed(
        &mut self,
        code: &CodeObject,
        at: usize,
        assumption: crate::jit::types::Assumption,
    ) {
        if code.native.assumption_failed(assumption) {
            self.profiler.on_event(&TierEvent::CompileDeclined {
                site: specialize::site(code, at),
                reason: "native code failed its type checks too often".to_string(),
            });
        }
    }

    /// Native code exited to the interpreter other than by returning.
    #[cold]
    #[inline(never)]
    fn native_deopt(&mut self, code: &CodeObject, at: usize) {
        let state = &code.native;
        state.deopts.set(state.deopts.get() + 1);
        let recent = state.recent_deopts.get() + 1;
        state.recent_deopts.set(recent);
        if recent >= crate::jit::MAX_DEOPTS {
            // Exits this often cost more than native code saves: stay in tier 1.
            state.discard();
            self.profiler.on_event(&TierEvent::CompileDeclined {
                site: specialize::site(code, at),
                reason: "native code exited to the interpreter too often".to_string(),
            });
        }
    }

    /// Whether the native stack is used up to `native_stack_budget` (compared with
    /// the outermost `run_entry`, as that does).
    pub(crate) fn native_stack_exhausted(&self) -> bool {
        let probe = 0u8;
        let here = std::ptr::addr_of!(probe) as usize;
        self.native_depth > 0
            && self.native_stack_base.saturating_sub(here) > self.native_stack_budget
    }

    /// Installs a profiler. Its thresholds apply to code from its next count check
    /// on (at once for code that has not run yet).
    pub fn set_profiler(&mut self, profiler: Box<dyn Profiler + Send>) {
        self.thresholds = profiler.thresholds();
        self.profiler = profiler;
    }

    /// Remembers `code` and everything nested in it for `Engine::stats`.
    pub fn register_code(&mut self, code: &Rc<CodeObject>) {
        if self.codes.len() == self.codes.capacity() {
            self.codes.retain(|w| w.strong_count() > 0);
        }
        self.codes.push(Rc::downgrade(code));
        for child in &code.children {
            self.register_code(child);
        }
    }

    /// A function reached the next call count the profiler wanted to hear about.
    #[cold]
    fn hot_function(&mut self, code: &Rc<CodeObject>, calls: u64, base: usize) {
        let check = &code.counters.next_call_check;
        if check.get() == 0 {
            // The first call: the threshold is not known when code is compiled.
            check.set(u64::from(self.thresholds.compile_after).max(1));
            if calls < check.get() {
                return;
            }
        }
        check.set(calls.saturating_mul(2).max(1));
        let site = specialize::site(code, 0);
        if self.profiler.on_hot_function(&site, calls) == Promote::Compile {
            self.offer_to_jit(code, CompileRequest::Function(site), base);
        }
    }

    /// Counts a loop back-edge (the `Jump` at `at` back to `header`); asks the
    /// profiler when the loop reaches the next count it wanted to hear about.
    /// Returns where to continue instead of `header` when the loop ran in native
    /// code.
    #[inline]
    pub(crate) fn back_edge(
        &mut self,
        code: &CodeObject,
        at: usize,
        header: usize,
    ) -> Option<usize> {
        // The loop's count lives in the inline cache of its back-edge jump (the
        // function's total is their sum, `CodeObject::back_edges`); `key2` is the
        // count at which the profiler is asked next (0: not set yet).
        let cache = &code.caches[at];
        let n = cache.key.get() + 1;
        cache.key.set(n);
        if n >= cache.key2.get() {
            return self.hot_loop(code, at, header, n);
        }
        None
    }

    #[cold]
    fn hot_loop(&mut self, code: &CodeObject, at: usize, header: usize, n: u64) -> Option<usize> {
        let check = &code.caches[at].key2;
        if !code.native.has_code() {
            if check.get() == 0 {
                check.set(u64::from(self.thresholds.osr_after).max(1));
                if n < check.get() {
                    return None;
                }
            }
            check.set(n.saturating_mul(2).max(1));
            let site = specialize::site(code, header);
            let Promote::OsrAt(offset) = self.profiler.on_hot_loop(&site, n) else {
                return None;
            };
            let site = specialize::site(code, offset);
            let base = self.frames.last().map_or(self.stack.len(), |f| f.base);
            self.offer_to_jit(code, CompileRequest::Loop(site), base);
            if !code.native.has_code() {
                return None;
            }
        }
        // Compiled: enter at every back-edge until native code takes the loop over
        // (it declines when the frame is not as compiled).
        check.set(n + 1);
        self.run_native(code, header)
    }

    /// Offers code to the JIT (once: after it compiled or declined, never again)
    /// and installs what it makes; a declination is reported to the profiler.
    fn offer_to_jit(&mut self, code: &CodeObject, request: CompileRequest, base: usize) {
        let state = &code.native;
        if state.given_up.get() || state.is_compiled() {
            return;
        }
        // What the frame (its locals at `base`) holds now is what the code
        // speculates on: a running loop's locals, or the arguments just bound.
        let end = (base + code.nlocals()).min(self.stack.len());
        let tags = self.stack[base.min(end)..end]
            .iter()
            .map(|v| crate::jit::runtime::value_words(v).0 as u8)
            .collect();
        *state.observed.borrow_mut() = tags;
        let started = std::time::Instant::now();
        match self.jit.compile(code, &request) {
            Ok(compiled) => {
                let micros = started.elapsed().as_micros() as u64;
                state.install(compiled, micros);
                code.counters.tier.set(2);
            }
            Err(reason) => {
                state.given_up.set(true);
                let site = match request {
                    CompileRequest::Function(s) | CompileRequest::Loop(s) => s,
                };
                self.profiler
                    .on_event(&TierEvent::CompileDeclined { site, reason });
            }
        }
    }

    /// Runs the frame just pushed (marked `is_entry`) to completion, guarding native
    /// stack depth.
    fn run_entry(&mut self) -> PyResult<Value> {
        // How deep the native stack is: compare the address of a local with the one
        // taken at the outermost entry (no unsafe code: the address is only compared).
        if self.native_depth == 0 {
            let probe = 0u8;
            self.native_stack_base = std::ptr::addr_of!(probe) as usize;
        }
        if self.native_stack_exhausted() {
            if let Some(f) = self.frames.pop() {
                self.stack.truncate(f.ret_to);
            }
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        self.native_depth += 1;
        let interpreter = self.interpreter.clone();
        let offset = self.frames.last().map_or(0, |f| f.pc);
        let r = interpreter.run_frame(self, offset);
        self.native_depth -= 1;
        r
    }

    /// Calls any callable with positional arguments, from native code.
    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_with(
            callable,
            Args {
                pos: args.to_vec(),
                kw: Vec::new(),
            },
        )
    }

    /// Calls any callable with positional and keyword arguments, from native code.
    pub fn call_with(&mut self, callable: &Value, mut args: Args) -> PyResult<Value> {
        match callable {
            Value::Function(f) => {
                let f = f.clone();
                self.call_function_native(&f, args)
            }
            Value::Builtin(b) => {
                if let Some(recv) = &b.bound {
                    args.pos.insert(0, recv.clone());
                }
                (b.func)(self, &mut args)
            }
            Value::BoundMethod(m) => {
                args.pos.insert(0, m.receiver.clone());
                let f = m.func.clone();
                self.call_with(&f, args)
            }
            Value::Class(c) => {
                let c = c.clone();
                crate::runtime::class_ops::instantiate(self, &c, args)
            }
            Value::Instance(_) => {
                let Some(m) = crate::runtime::class_ops::lookup_special(self, callable, "__call__")
                else {
                    return Err(type_error(format!(
                        "'{}' object is not callable",
                        crate::runtime::ops::type_name(self, callable)
                    )));
                };
                args.pos.insert(0, callable.clone());
                self.call_with(&m, args)
            }
            _ => Err(type_error(format!(
                "'{}' object is not callable",
                crate::runtime::ops::type_name(self, callable)
            ))),
        }
    }

    /// Calls a Python function from native code: binds arguments into a new frame on
    /// the shared stack and runs it to completion.
    pub fn call_function_native(&mut self, f: &Rc<Function>, args: Args) -> PyResult<Value> {
        let ret_to = self.stack.len();
        let locals = bind_arguments(self, f, args)?;
        let base = self.stack.len();
        self.stack.extend(locals);
        let frame = self.function_frame(f, base, ret_to, true);
        if frame.code.is_generator {
            return Ok(self.new_generator(frame));
        }
        self.push_frame(frame)?;
        self.run_entry()
    }

    /// Turns a frame that was just set up (locals on the stack, not yet pushed) into a
    /// generator object: calling a generator function runs none of its body.
    fn new_generator(&mut self, frame: Frame) -> Value {
        let saved: Vec<Value> = self.stack.drain(frame.base..).collect();
        self.stack.truncate(frame.ret_to);
        let g = Suspended {
            code: frame.code,
            pc: 0,
            saved,
            cells: frame.cells,
            globals: frame.globals,
            started: false,
        };
        Value::Iter(Rc::new(std::cell::RefCell::new(IterState::Generator(
            Box::new(g),
        ))))
    }

    /// Runs a suspended generator frame with `input` until it yields or returns.
    /// A StopIteration escaping its body becomes a RuntimeError (PEP 479).
    pub(crate) fn resume_generator(
        &mut self,
        g: Suspended,
        input: generators::GenInput,
    ) -> PyResult<generators::GenStep> {
        let Suspended {
            code,
            pc,
            saved,
            cells,
            globals,
            started,
        } = g;
        let base = self.stack.len();
        self.stack.extend(saved);
        let mut start = pc;
        match input {
            // The value of the `yield` expression it stopped at.
            generators::GenInput::Send(v) if started => self.stack.push(v),
            generators::GenInput::Send(_) | generators::GenInput::Continue => {}
            // Raised at the `yield`: the loop unwinds a pending error found at an
            // offset past the end as raised by the instruction before `at`.
            generators::GenInput::Throw(err) => {
                self.native_error = Some((err, pc));
                start = code.plain.len();
            }
        }
        self.push_frame(Frame {
            code,
            pc: start,
            base,
            ret_to: base,
            cells,
            globals,
            namespace: None,
            is_entry: true,
            init_instance: None,
        })?;
        self.suspended = None;
        let value = match self.run_entry() {
            Ok(v) => v,
            Err(mut e) if e.matches(ExcKind::StopIteration) => {
                let cause = self.materialize(&mut e);
                let mut err = PyErr::new(ExcKind::RuntimeError, "generator raised StopIteration");
                let inst = self.materialize(&mut err);
                if let Some(d) = inst.exc_data() {
                    let mut d = d.borrow_mut();
                    d.cause = Value::Instance(cause.clone());
                    d.context = Value::Instance(cause);
                    d.suppress_context = true;
                }
                return Err(err);
            }
            Err(e) => return Err(e),
        };
        Ok(match self.suspended.take() {
            Some(g) => generators::GenStep::Yielded(g, value),
            None => generators::GenStep::Returned(value),
        })
    }

    /// Builds the frame for a call of `f` whose locals start at `base`.
    #[inline]
    fn function_frame(
        &mut self,
        f: &Rc<Function>,
        base: usize,
        ret_to: usize,
        is_entry: bool,
    ) -> Frame {
        let code = f.code.clone();
        let cells = if code.ncells() == 0 {
            Vec::new()
        } else {
            let mut cells: Vec<Rc<PyCell>> = Vec::with_capacity(code.ncells());
            for _ in 0..code.cellvars.len() {
                cells.push(PyCell::new_tracked());
            }
            for &(ci, li) in &code.cell_params {
                let v = std::mem::take(&mut self.stack[base + li as usize]);
                *cells[ci as usize].value.borrow_mut() = v;
            }
            cells.extend(f.closure.iter().cloned());
            cells
        };
        Frame {
            code,
            pc: 0,
            base,
            ret_to,
            cells,
            globals: f.globals.clone(),
            namespace: None,
            is_entry,
            init_instance: None,
        }
    }

    /// Flushes the interpreter's output (errors writing it are reported by the
    /// next write).
    pub fn flush_out(&mut self) {
        let _ = self.out.flush();
    }

    /// Writes to the interpreter's output.
    pub fn write_out(&mut self, s: &str) -> PyResult<()> {
        self.out
            .write_all(s.as_bytes())
            .map_err(|e| PyErr::new(ExcKind::RuntimeError, format!("cannot write output: {e}")))
    }

    /// The class of a value.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        self.types.class_of(v)
    }
}

/// Binds call arguments to a function's parameters: the general path with keywords,
/// defaults, `*args` and `**kwargs`. Returns the initial locals.
pub fn bind_arguments(vm: &mut Vm, f: &Function, args: Args) -> PyResult<Vec<Value>> {
    crate::interp::eval::bind_arguments(vm, f, args)
}
