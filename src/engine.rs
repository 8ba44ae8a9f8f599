//! [`Engine`] and module loading: the embedding API and the wiring of front end,
//! compiler, interpreter, profiler and JIT.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

use crate::config::Config;
use crate::error::{Error, Exception, SyntaxErrorInfo, TracebackFrame};
use crate::host_value::Value as HostValue;
use crate::interp::Vm;
use crate::runtime::class::Instance;
use crate::runtime::exceptions::{ExcKind, PyErr, PyResult};
use crate::runtime::gc::{self, Heap, HeapScope, Isolated};
use crate::runtime::value::{Args, Builtin, Module, Value};
#[allow(unused_imports)]
use crate::runtime::value::{B64, F64};

/// Supplies the source of modules that scripts `import`.
///
/// The engine asks only for names that are not built-in modules (`random`, `math`,
/// ...). Return `None` when there is no such module.
pub trait ModuleLoader: Send {
    /// The source text and the file name to report for module `name`.
    fn load(&self, name: &str) -> Option<(String, String)>;
}

/// The default loader: no file-system access, so only built-in modules import.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoLoader;

impl ModuleLoader for NoLoader {
    fn load(&self, _name: &str) -> Option<(String, String)> {
        None
    }
}

/// Loads `NAME.py` from one directory (what the CLI uses: the script's directory).
#[derive(Clone, Debug)]
pub struct DirLoader {
    dir: PathBuf,
}

impl DirLoader {
    /// A loader reading modules from `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> DirLoader {
        DirLoader { dir: dir.into() }
    }
}

impl ModuleLoader for DirLoader {
    fn load(&self, name: &str) -> Option<(String, String)> {
        if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return None;
        }
        let dir = std::path::absolute(&self.dir).unwrap_or_else(|_| self.dir.clone());
        let path = dir.join(format!("{name}.py"));
        let src = std::fs::read_to_string(&path).ok()?;
        Some((src, path.display().to_string()))
    }
}

/// Modules held in memory, by name (handy for hosts and tests).
#[derive(Clone, Debug, Default)]
pub struct MemoryLoader {
    modules: HashMap<String, String>,
}

impl MemoryLoader {
    /// An empty set of modules.
    pub fn new() -> MemoryLoader {
        MemoryLoader::default()
    }
    /// Adds module `name` with `source`.
    pub fn with_module(mut self, name: &str, source: &str) -> MemoryLoader {
        self.modules.insert(name.to_string(), source.to_string());
        self
    }
}

impl ModuleLoader for MemoryLoader {
    fn load(&self, name: &str) -> Option<(String, String)> {
        self.modules
            .get(name)
            .map(|s| (s.clone(), format!("<{name}>")))
    }
}

/// A host function callable from scripts.
pub type HostFn = Box<dyn Fn(&[HostValue]) -> Result<HostValue, Error> + Send>;

struct EngineState {
    vm: Vm,
    heap: Option<Box<Heap>>,
    main: Rc<Module>,
    config: Config,
    /// Set when a bug in the engine panicked: its state can no longer be trusted.
    poisoned: bool,
}

/// An engine: all state of one Python world.
///
/// ```
/// use firebrand::{Engine, Value};
///
/// let mut engine = Engine::new();
/// engine.eval("def square(x):\n    return x * x").unwrap();
/// assert_eq!(engine.eval("square(12)").unwrap(), Value::Int(144));
/// assert_eq!(engine.call("square", &[Value::from(3)]).unwrap(), Value::Int(9));
///
/// let err = engine.eval("1 / 0").unwrap_err();
/// assert_eq!(err.type_name(), "ZeroDivisionError");
/// ```
///
/// An `Engine` is `Send`: run one per thread, in parallel. Script output goes to
/// standard output unless [`Engine::set_output`] redirects it.
pub struct Engine {
    state: Isolated<EngineState>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    /// An engine with the default [`Config`].
    pub fn new() -> Engine {
        Engine::with_config(Config::default())
    }

    /// An engine with the given settings.
    pub fn with_config(config: Config) -> Engine {
        let mut heap = Some(Box::new(Heap::default()));
        let (vm, main) = {
            let _scope = HeapScope::enter(&mut heap);
            let mut vm = Vm::new(Box::new(std::io::stdout()), Box::new(NoLoader));
            vm.recursion_limit = config.recursion_limit.max(10);
            vm.set_profiler(Box::new(crate::profile::CountingProfiler::new(&config)));
            if config.jit {
                vm.jit = Box::new(if config.compile_after == 0 && config.osr_after == 0 {
                    crate::jit::CraneliftJit::compiling_everything()
                } else {
                    crate::jit::CraneliftJit::new()
                });
            }
            vm.native_stack_budget = config.native_stack_budget;
            let main = vm.new_module("__main__");
            let _ = crate::runtime::ops::dict_set_str(
                &main.dict,
                "__builtins__",
                Value::Module(vm.builtins.clone()),
            );
            (vm, main)
        };
        Engine {
            state: Isolated(EngineState {
                vm,
                heap,
                main,
                config,
                poisoned: false,
            }),
        }
    }

    /// The settings this engine was made with.
    pub fn config(&self) -> &Config {
        &self.state.0.config
    }

    /// Sends script output (`print`) to `out`.
    pub fn set_output(&mut self, out: impl Write + Send + 'static) {
        self.state.0.vm.out = Box::new(out);
    }

    /// Sets how `import` finds modules that are not built in.
    pub fn set_module_loader(&mut self, loader: impl ModuleLoader + 'static) {
        self.state.0.vm.loader = Box::new(loader);
    }

    /// Sets the script arguments (`sys.argv`, once `sys` exists).
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.state.0.vm.argv = argv;
    }

    /// Makes `f` callable from scripts as the global built-in `name`.
    ///
    /// ```
    /// use firebrand::{Engine, Value, Error};
    /// let mut engine = Engine::new();
    /// engine.register_fn("add", |args: &[Value]| {
    ///     let a = i64::try_from(args[0].clone())?;
    ///     let b = i64::try_from(args[1].clone())?;
    ///     Ok::<Value, Error>(Value::Int(a + b))
    /// });
    /// assert_eq!(engine.eval("add(2, 3)").unwrap(), Value::Int(5));
    /// ```
    pub fn register_fn<F>(&mut self, name: &str, f: F)
    where
        F: Fn(&[HostValue]) -> Result<HostValue, Error> + Send + 'static,
    {
        let st = &mut self.state.0;
        let _scope = HeapScope::enter(&mut st.heap);
        let index = st.vm.host_fns.len();
        st.vm.host_fns.push(Box::new(f));
        // The name must outlive the engine's built-in function table.
        let name_static: &'static str = Box::leak(name.to_string().into_boxed_str());
        let b = Value::Builtin(Rc::new(Builtin {
            name: name_static,
            func: host_trampoline,
            bound: Some(Value::Int(index as i64)),
            owner: None,
            fast: None,
        }));
        let _ = crate::runtime::ops::dict_set_str(&st.vm.builtins.dict, name_static, b);
    }

    /// Runs `source` in the engine's `__main__` module and returns the value of its
    /// last statement if that is an expression, else `None`. Successive calls share
    /// globals, like a REPL.
    pub fn eval(&mut self, source: &str) -> Result<HostValue, Error> {
        self.exec(source, "<string>", crate::compiler::Mode::EvalLast)
    }

    /// Runs a script as `__main__`, with `filename` in tracebacks.
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.exec(source, filename, crate::compiler::Mode::Exec)
            .map(|_| ())
    }

    fn exec(
        &mut self,
        source: &str,
        filename: &str,
        mode: crate::compiler::Mode,
    ) -> Result<HostValue, Error> {
        self.guarded(|engine| engine.exec_inner(source, filename, mode))
    }

    /// Runs `f`, turning a panic (a bug in firebrand) into an error instead of
    /// unwinding into the host. The engine is unusable afterwards: every later call
    /// returns the same kind of error.
    fn guarded(
        &mut self,
        f: impl FnOnce(&mut Engine) -> Result<HostValue, Error>,
    ) -> Result<HostValue, Error> {
        if self.state.0.poisoned {
            return Err(Error::exception(
                "SystemError",
                "this engine hit an internal error earlier and cannot be used any more",
            ));
        }
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self))) {
            Ok(r) => r,
            Err(payload) => {
                self.state.0.poisoned = true;
                let what = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_string());
                Err(Error::exception(
                    "SystemError",
                    format!("internal error in firebrand (please report it): {what}"),
                ))
            }
        }
    }

    fn exec_inner(
        &mut self,
        source: &str,
        filename: &str,
        mode: crate::compiler::Mode,
    ) -> Result<HostValue, Error> {
        let st = &mut self.state.0;
        let _scope = HeapScope::enter(&mut st.heap);
        let code = compile_source(source, filename, mode)?;
        st.vm.sources.insert(Rc::from(filename), Rc::from(source));
        let main = st.main.clone();
        let r = st.vm.run_module_code(code, &main);
        let _ = st.vm.out.flush();
        match r {
            Ok(v) => Ok(to_host(&mut st.vm, &v, 0)),
            Err(e) => Err(exception_to_error(&mut st.vm, e)),
        }
    }

    /// Calls the global function `name` of `__main__` with host arguments.
    pub fn call(&mut self, name: &str, args: &[HostValue]) -> Result<HostValue, Error> {
        self.guarded(|engine| engine.call_inner(name, args))
    }

    fn call_inner(&mut self, name: &str, args: &[HostValue]) -> Result<HostValue, Error> {
        let st = &mut self.state.0;
        let _scope = HeapScope::enter(&mut st.heap);
        let Some(f) = crate::runtime::ops::dict_get_str(&st.main.dict, name) else {
            return Err(Error::exception(
                "NameError",
                format!("name '{name}' is not defined"),
            ));
        };
        let args: Vec<Value> = args.iter().map(from_host).collect();
        let r = st.vm.call(&f, &args);
        let _ = st.vm.out.flush();
        match r {
            Ok(v) => Ok(to_host(&mut st.vm, &v, 0)),
            Err(e) => Err(exception_to_error(&mut st.vm, e)),
        }
    }

    /// Number of live container objects (lists, dicts, instances, ...) the cycle
    /// collector tracks.
    pub fn live_objects(&mut self) -> usize {
        let st = &mut self.state.0;
        let _scope = HeapScope::enter(&mut st.heap);
        gc::live_tracked()
    }

    /// Runs the cycle collector now; returns how many objects it freed.
    pub fn collect_garbage(&mut self) -> usize {
        let st = &mut self.state.0;
        let _scope = HeapScope::enter(&mut st.heap);
        gc::collect()
    }

    /// Replaces the profiler that decides promotions between tiers (the default is
    /// a [`crate::profile::CountingProfiler`] with this engine's [`Config`]
    /// thresholds). The new profiler's thresholds apply from now on.
    ///
    /// ```
    /// use firebrand::Engine;
    /// use firebrand::profile::{Profiler, Promote, Site, Thresholds};
    ///
    /// /// Never specialises anything: everything stays in tier 0.
    /// struct Tier0Only;
    /// impl Profiler for Tier0Only {
    ///     fn thresholds(&self) -> Thresholds {
    ///         Thresholds { specialize_after: 1, compile_after: 1000, osr_after: 1000 }
    ///     }
    ///     fn on_warm_instruction(&mut self, _: &Site, _: u32) -> Promote { Promote::Stay }
    ///     fn on_hot_function(&mut self, _: &Site, _: u64) -> Promote { Promote::Stay }
    ///     fn on_hot_loop(&mut self, _: &Site, _: u64) -> Promote { Promote::Stay }
    /// }
    ///
    /// let mut engine = Engine::new();
    /// engine.set_profiler(Tier0Only);
    /// engine.eval("t = 0\nfor i in range(100):\n    t += i").unwrap();
    /// assert_eq!(engine.stats().total().specialized_instructions, 0);
    /// ```
    pub fn set_profiler(&mut self, profiler: impl crate::profile::Profiler + Send + 'static) {
        self.state.0.vm.set_profiler(Box::new(profiler));
    }

    /// Replaces the interpreter that runs bytecode (the default is
    /// [`crate::interp::QuickeningInterpreter`]); a wrapper can observe or
    /// instrument every entry into Python.
    pub fn set_interpreter(&mut self, interpreter: impl crate::interp::Interpreter + 'static) {
        self.state.0.vm.interpreter = std::sync::Arc::new(interpreter);
    }

    /// Replaces the JIT that hot code is offered to (the default, until the native
    /// tier lands, is [`crate::jit::NullJit`]).
    pub fn set_jit(&mut self, jit: impl crate::jit::Jit + Send + 'static) {
        self.state.0.vm.jit = Box::new(jit);
    }

    /// What the tiers did so far: per function, its tier, calls, loop back-edges,
    /// specialised instructions, guard misses, compilations and deoptimisations.
    ///
    /// ```
    /// use firebrand::Engine;
    ///
    /// let mut engine = Engine::new();
    /// engine.eval("def f(xs):\n    return len(xs)\nfor i in range(50):\n    f([i])").unwrap();
    /// let stats = engine.stats();
    /// let f = stats.function("f").unwrap();
    /// assert_eq!(f.calls, 50);
    /// assert_eq!(f.tier, 1); // `len(xs)` was specialised for lists
    /// ```
    pub fn stats(&self) -> crate::stats::Stats {
        let vm = &self.state.0.vm;
        let functions = vm
            .codes
            .iter()
            .filter_map(|w| w.upgrade())
            .filter(|c| c.counters.calls.get() > 0)
            .map(|c| {
                let k = &c.counters;
                crate::stats::FunctionStats {
                    name: c.qualname.to_string(),
                    filename: c.filename.to_string(),
                    first_line: c.first_line,
                    tier: k.tier.get(),
                    calls: k.calls.get(),
                    back_edges: c.back_edges(),
                    specialized_instructions: c.specialized_count(),
                    instructions: c.instrs.len(),
                    specializations: k.specializations.get(),
                    guard_misses: k.guard_misses.get(),
                    compilations: c.native.compilations(),
                    deoptimizations: c.native.deoptimizations(),
                    compile_micros: c.native.compile_micros(),
                    code_size: c.native.code_size(),
                }
            })
            .collect();
        crate::stats::Stats { functions }
    }

    /// The bytecode of every code object that has run, as it stands now: generic
    /// instructions that tier 1 rewrote show their specialised forms
    /// (`firebrand --dis-quickened`).
    pub fn disassemble_quickened(&self) -> String {
        let vm = &self.state.0.vm;
        let mut out = String::new();
        for code in vm.codes.iter().filter_map(|w| w.upgrade()) {
            if code.counters.calls.get() > 0 {
                out.push_str(&crate::compiler::disassemble_one(&code));
            }
        }
        out
    }

    /// Compiles `source` and returns its disassembly (`firebrand --dis`).
    pub fn disassemble(source: &str, filename: &str) -> Result<String, Error> {
        let mut heap = Some(Box::new(Heap::default()));
        let _scope = HeapScope::enter(&mut heap);
        let code = compile_source(source, filename, crate::compiler::Mode::Exec)?;
        Ok(crate::compiler::disassemble(&code))
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        // Module namespaces hold functions that hold their module namespace: break
        // those cycles so everything is freed with the engine.
        let st = &mut self.state.0;
        let _scope = HeapScope::enter(&mut st.heap);
        st.vm.stack.clear();
        st.vm.frames.clear();
        for m in st.vm.modules.values() {
            if let Value::Module(m) = m {
                m.dict.table.borrow_mut().clear();
            }
        }
        st.main.dict.table.borrow_mut().clear();
        gc::collect();
    }
}

fn host_trampoline(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let index = match a.pos.first() {
        Some(Value::Int(i)) => *i as usize,
        _ => {
            return Err(crate::runtime::exceptions::runtime_error(
                "bad host function",
            ));
        }
    };
    let args: Vec<HostValue> = a.pos[1..].iter().map(|v| to_host(vm, v, 0)).collect();
    if !a.kw.is_empty() {
        return Err(crate::runtime::exceptions::type_error(
            "host functions take no keyword arguments",
        ));
    }
    let r = match vm.host_fns.get(index) {
        Some(f) => f(&args),
        None => {
            return Err(crate::runtime::exceptions::runtime_error(
                "bad host function",
            ));
        }
    };
    match r {
        Ok(v) => Ok(from_host(&v)),
        Err(e) => {
            let kind = ExcKind::ALL
                .iter()
                .copied()
                .find(|k| k.name() == e.type_name())
                .unwrap_or(ExcKind::RuntimeError);
            Err(PyErr::new(kind, e.message()))
        }
    }
}

/// Parses and compiles, turning front-end errors into [`Error::Syntax`].
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: crate::compiler::Mode,
) -> Result<Rc<crate::compiler::CodeObject>, Error> {
    let module = crate::syntax::parse_module(source).map_err(|e| {
        Error::Syntax(SyntaxErrorInfo {
            kind: e.kind.to_string(),
            message: e.msg.clone(),
            filename: filename.to_string(),
            line: e.line,
            column: e.col,
            rendered: e.render(filename),
        })
    })?;
    crate::compiler::compile_module(&module, filename, mode).map_err(|e| {
        let text = source.lines().nth(e.line.saturating_sub(1) as usize).unwrap_or("").to_string();
        let stripped = text.trim_start();
        let indent = text.chars().count() - stripped.chars().count();
        let caret_col = (e.col as usize).saturating_sub(indent);
        let rendered = if e.kind == "SyntaxError" {
            format!(
                "  File \"{filename}\", line {}\n    {}\n    {}^\nSyntaxError: {}\n",
                e.line,
                stripped,
                " ".repeat(caret_col),
                e.msg
            )
        } else {
            format!(
                "Traceback (most recent call last):\n  File \"{filename}\", line {}, in <module>\n{}: {}\n",
                e.line, e.kind, e.msg
            )
        };
        Error::Syntax(SyntaxErrorInfo {
            kind: e.kind.to_string(),
            message: e.msg,
            filename: filename.to_string(),
            line: e.line,
            column: e.col,
            rendered,
        })
    })
}

/// Standard-library modules of CPython that a later language level may bring (an
/// import says "not supported yet" rather than "no such module"). Modules that reach
/// the file system, network or processes are not listed: scripts never get them.
const LATER_MODULES: &[&str] = &[
    "string",
    "re",
    "json",
    "copy",
    "operator",
    "enum",
    "abc",
    "statistics",
    "fractions",
    "decimal",
    "datetime",
    "bisect",
    "array",
    "textwrap",
    "contextlib",
    "numbers",
    "cmath",
    "pprint",
    "types",
];

/// `import name`: a cached module, a native module, or one the loader supplies.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get(name) {
        return Ok(m.clone());
    }
    if let Some(m) = crate::runtime::modules::native_module(vm, name) {
        let v = Value::Module(m);
        vm.modules.insert(name.to_string(), v.clone());
        return Ok(v);
    }
    // The script's own modules come first (as on CPython's `sys.path`), then the
    // modules firebrand writes in Python.
    let found = vm.loader.load(name).or_else(|| {
        crate::runtime::stdlib::source(name).map(|s| (s.to_string(), format!("<firebrand {name}>")))
    });
    let Some((source, filename)) = found else {
        if LATER_MODULES.contains(&name) {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                format!("firebrand does not support the '{name}' module yet"),
            ));
        }
        return Err(PyErr::new(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{name}'"),
        ));
    };
    let code = match compile_source(&source, &filename, crate::compiler::Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            let kind = if e.type_name() == "NotImplementedError" {
                ExcKind::NotImplementedError
            } else {
                ExcKind::SyntaxError
            };
            return Err(PyErr::new(kind, e.message()));
        }
    };
    vm.sources
        .insert(Rc::from(filename.as_str()), Rc::from(source.as_str()));
    let m = vm.new_module(name);
    let v = Value::Module(m.clone());
    // Registered before running, so circular imports see the partial module.
    vm.modules.insert(name.to_string(), v.clone());
    if let Err(e) = vm.run_module_code(code, &m) {
        vm.modules.remove(name);
        return Err(e);
    }
    Ok(v)
}

/// Copies an engine value out to the host.
fn to_host(vm: &mut Vm, v: &Value, depth: usize) -> HostValue {
    if depth > 100 {
        return HostValue::Object {
            type_name: "...".into(),
            repr: "...".into(),
        };
    }
    match v {
        Value::Undef | Value::None => HostValue::None,
        Value::Bool(b) => HostValue::Bool(b.get()),
        Value::Int(i) => HostValue::Int(*i),
        Value::BigInt(b) => HostValue::BigInt((**b).clone()),
        Value::Float(f) => HostValue::Float(f.get()),
        Value::Str(s) => HostValue::Str(s.as_str().to_string()),
        Value::List(l) => {
            let items = l.items.borrow().clone();
            HostValue::List(items.iter().map(|x| to_host(vm, x, depth + 1)).collect())
        }
        Value::Tuple(t) => {
            HostValue::Tuple(t.items.iter().map(|x| to_host(vm, x, depth + 1)).collect())
        }
        Value::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d
                .table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            HostValue::Dict(
                pairs
                    .iter()
                    .map(|(k, x)| (to_host(vm, k, depth + 1), to_host(vm, x, depth + 1)))
                    .collect(),
            )
        }
        Value::Set(s) => {
            let keys = s.table.borrow().keys();
            HostValue::Set(keys.iter().map(|x| to_host(vm, x, depth + 1)).collect())
        }
        other => HostValue::Object {
            type_name: crate::runtime::ops::type_name(vm, other),
            repr: crate::runtime::ops::repr(vm, other).unwrap_or_else(|_| "<object>".into()),
        },
    }
}

/// Copies a host value into the engine.
fn from_host(v: &HostValue) -> Value {
    match v {
        HostValue::None => Value::None,
        HostValue::Bool(b) => Value::bool(*b),
        HostValue::Int(i) => Value::Int(*i),
        HostValue::BigInt(b) => Value::from_bigint(b.clone()),
        HostValue::Float(f) => Value::float(*f),
        HostValue::Str(s) => Value::str(s.as_str()),
        HostValue::List(items) => Value::list(items.iter().map(from_host).collect()),
        HostValue::Tuple(items) => Value::tuple(items.iter().map(from_host).collect()),
        HostValue::Dict(pairs) => {
            let mut t = crate::runtime::dict::DictTable::new();
            for (k, x) in pairs {
                let key = from_host(k);
                let h = match &key {
                    Value::Str(s) => s.hash(),
                    Value::Int(i) => crate::runtime::numeric::hash_i64(*i),
                    Value::Bool(b) => b.get() as i64,
                    Value::Float(f) => crate::runtime::numeric::hash_float(f.get()),
                    _ => 0,
                };
                let _ = t.insert(h, key, from_host(x), &mut |a, b| Ok(a.is(b)));
            }
            Value::dict(t)
        }
        HostValue::Set(items) => Value::list(items.iter().map(from_host).collect()),
        HostValue::Object { repr, .. } => Value::str(repr.as_str()),
    }
}

/// Turns an escaped exception into the host's [`Error`], with CPython's rendering.
pub fn exception_to_error(vm: &mut Vm, mut err: PyErr) -> Error {
    let inst = vm.materialize(&mut err);
    let (type_name, message) = crate::runtime::class_ops::describe_error(vm, &mut err);
    let traceback = frames_of(&inst);
    let mut rendered = String::new();
    let exit_status = system_exit_status(vm, &inst, &mut rendered);
    if exit_status.is_none() {
        render_chain(vm, &inst, &mut rendered, 0);
    }
    Error::Exception(Exception {
        type_name,
        message,
        traceback,
        rendered,
        exit_status,
    })
}

/// For a `SystemExit`: the exit status, with what CPython prints (only a code that is
/// neither an int nor `None`) put in `rendered`.
fn system_exit_status(vm: &mut Vm, inst: &Rc<Instance>, rendered: &mut String) -> Option<i32> {
    if inst.class.exc_kind() != Some(ExcKind::SystemExit) {
        return None;
    }
    let code = crate::runtime::class_ops::system_exit_code(inst);
    Some(match code {
        Value::None => 0,
        Value::Int(n) => n as i32,
        Value::Bool(b) => b.get() as i32,
        other => {
            let text = crate::runtime::ops::to_str(vm, &other).unwrap_or_default();
            rendered.push_str(&text);
            rendered.push('\n');
            1
        }
    })
}

fn frames_of(inst: &Instance) -> Vec<TracebackFrame> {
    let tb = inst
        .exc_data()
        .map(|d| d.borrow().traceback.clone())
        .unwrap_or_default();
    tb.iter()
        .rev()
        .map(|t| TracebackFrame {
            filename: t.filename.to_string(),
            line: t.line,
            function: t.func.to_string(),
        })
        .collect()
}

fn render_chain(vm: &mut Vm, inst: &Rc<Instance>, out: &mut String, depth: usize) {
    if depth < 20 {
        let (cause, context, suppress) = match inst.exc_data() {
            Some(d) => {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            }
            None => (Value::None, Value::None, false),
        };
        if let Value::Instance(c) = &cause {
            render_chain(vm, c, out, depth + 1);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let (Value::Instance(c), false) = (&context, suppress) {
            render_chain(vm, c, out, depth + 1);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    let frames = frames_of(inst);
    if !frames.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // Like CPython, a frame repeated more than three times in a row (recursion)
        // is printed three times and then counted.
        let mut repeats = 0usize;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let n = repeats - 3;
                let s = if n == 1 { "" } else { "s" };
                out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
            }
        };
        for (i, f) in frames.iter().enumerate() {
            let same = i > 0 && {
                let p = &frames[i - 1];
                p.filename == f.filename && p.line == f.line && p.function == f.function
            };
            if same {
                repeats += 1;
            } else {
                flush(out, repeats);
                repeats = 1;
            }
            if repeats > 3 {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                f.filename, f.line, f.function
            ));
            if let Some(src) = vm.sources.get(f.filename.as_str())
                && let Some(line) = src.lines().nth(f.line.saturating_sub(1) as usize)
            {
                let t = line.trim();
                if !t.is_empty() {
                    out.push_str(&format!("    {t}\n"));
                }
            }
        }
        flush(out, repeats);
    }
    let v = Value::Instance(inst.clone());
    let name = {
        let c = &inst.class;
        if c.module.as_str() == "builtins" || c.module.as_str() == "__main__" {
            c.qualname()
        } else {
            format!("{}.{}", c.module.as_str(), c.qualname())
        }
    };
    let mut msg = crate::runtime::ops::to_str(vm, &v)
        .unwrap_or_else(|_| "<exception str() failed>".to_string());
    // CPython's "Did you mean" hint, added only when the traceback is printed.
    let hinted = matches!(
        inst.class.exc_kind(),
        Some(ExcKind::NameError | ExcKind::AttributeError | ExcKind::UnboundLocalError)
    );
    let suggest = inst.exc_data().and_then(|d| d.borrow().suggest.clone());
    if hinted
        && let Some(s) = suggest
        && let Some(name) = crate::runtime::suggestions::suggestion(vm, &s)
    {
        msg.push_str(&format!(". Did you mean: '{name}'?"));
    }
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
}
