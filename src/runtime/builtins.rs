//! The `builtins` module: built-in functions, the built-in types as callables, the
//! exception classes, and argument-checking helpers shared by every native function.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::class::{Class, TypeKind};
use super::class_ops;
use super::exceptions::{ExcKind, PyErr, PyResult, type_error, value_error};
use super::iter::IterState;
use super::numeric;
use super::ops::{self, type_name};
use super::value::{Args, Builtin, NativeFn, PyStr, Range, Value};
use crate::compiler::bytecode::Cmp;
use crate::interp::Vm;
#[allow(unused_imports)]
use crate::runtime::value::{B64, F64};
use crate::syntax::ast::BinOp;

// ----- argument helpers ---------------------------------------------------------------------

impl Args {
    /// Checks the arguments of a built-in that takes no keyword arguments: any
    /// keyword is rejected first, as CPython's `METH_O`/`METH_NOARGS`/`METH_VARARGS`/
    /// `METH_FASTCALL` calls do (`len() takes no keyword arguments`), then the
    /// positional count against `min..=max` with CPython's wording. A built-in whose
    /// qualified name differs from `name` (`_heapq.heappush`) calls
    /// [`Args::no_kwargs`] with that name first.
    pub fn check(&self, name: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_kwargs(name)?;
        self.check_count(name, min, max)
    }
    /// Checks only the positional count against `min..=max` with CPython's wording,
    /// leaving keyword arguments to the caller (for built-ins that accept some).
    pub fn check_count(&self, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        Err(type_error(if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        }))
    }
    /// Checks the positional count as CPython's `_PyArg_CheckPositional` words it,
    /// which says `expected` even when exactly one argument is wanted
    /// (`reversed expected 1 argument, got 0`).
    pub fn check_positional(&self, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        Err(type_error(if n < min {
            let at_least = if min == max { "" } else { "at least " };
            format!(
                "{name} expected {at_least}{min} argument{}, got {n}",
                plural(min)
            )
        } else {
            let at_most = if min == max { "" } else { "at most " };
            format!(
                "{name} expected {at_most}{max} argument{}, got {n}",
                plural(max)
            )
        }))
    }
    /// Checks the arguments of a built-in whose parameters are declared with
    /// Argument Clinic and may be passed by keyword, with the wording of CPython's
    /// `_PyArg_UnpackKeywords` (`round() missing required argument 'number' (pos 1)`,
    /// `sum() takes at most 2 arguments (3 given)`). `params` are the parameters that
    /// can be passed positionally, the first `posonly` of them only so, the first
    /// `min` required; `max_total` also counts keyword-only parameters.
    pub fn check_clinic(
        &self,
        name: &str,
        params: &[&str],
        posonly: usize,
        min: usize,
        max_total: usize,
    ) -> PyResult<()> {
        let n = self.pos.len();
        let given = n + self.kw.len();
        let maxpos = params.len();
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        if given > max_total {
            let keyword = if n == 0 { "keyword " } else { "" };
            return Err(type_error(format!(
                "{name}() takes at most {max_total} {keyword}argument{} ({given} given)",
                plural(max_total)
            )));
        }
        let minpos = min.min(maxpos);
        if n > maxpos {
            return Err(type_error(if maxpos == 0 {
                format!("{name}() takes no positional arguments")
            } else {
                let how = if minpos < maxpos {
                    "at most"
                } else {
                    "exactly"
                };
                format!(
                    "{name}() takes {how} {maxpos} positional argument{} ({n} given)",
                    plural(maxpos)
                )
            }));
        }
        let minposonly = posonly.min(minpos);
        if n < minposonly {
            let how = if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            };
            return Err(type_error(format!(
                "{name}() takes {how} {minposonly} positional argument{} ({n} given)",
                plural(minposonly)
            )));
        }
        for (i, p) in params.iter().enumerate().take(min).skip(n) {
            if !self.kw.iter().any(|(k, _)| k.as_str() == *p) {
                return Err(type_error(format!(
                    "{name}() missing required argument '{p}' (pos {})",
                    i + 1
                )));
            }
        }
        Ok(())
    }
    /// Checks the arguments of a native stand-in for a function CPython writes in
    /// Python (`random.py`, `heapq.py`), worded as a Python call is
    /// (`Random.randint() missing 1 required positional argument: 'b'`, `nsmallest()
    /// takes from 2 to 3 positional arguments but 4 were given`). `params` are the
    /// positional parameters, including `self` when the receiver is `pos[0]`; the
    /// first `min` are required and may also come by keyword.
    pub fn check_py(&mut self, func: &str, params: &[&str], min: usize) -> PyResult<()> {
        let max = params.len();
        if !self.kw.is_empty() {
            if let Some(p) = params[..self.pos.len().min(max)]
                .iter()
                .find(|p| self.kw.iter().any(|(k, _)| k.as_str() == **p))
            {
                return Err(type_error(format!(
                    "{func}() got multiple values for argument '{p}'"
                )));
            }
            // Keyword arguments for the parameters right after the positional ones
            // become positional, so `pos[i]` is parameter `i` up to `pos.len()`.
            while self.pos.len() < max {
                let Some(v) = self.take_kw(params[self.pos.len()]) else {
                    break;
                };
                self.pos.push(v);
            }
        }
        let n = self.pos.len();
        if n > max {
            let takes = if min == max {
                format!(
                    "{max} positional argument{}",
                    if max == 1 { "" } else { "s" }
                )
            } else {
                format!("from {min} to {max} positional arguments")
            };
            let verb = if n == 1 { "was" } else { "were" };
            return Err(type_error(format!(
                "{func}() takes {takes} but {n} {verb} given"
            )));
        }
        if n >= min {
            return Ok(());
        }
        let missing: Vec<String> = params[n..min]
            .iter()
            .filter(|p| !self.kw.iter().any(|(k, _)| k.as_str() == **p))
            .map(|p| format!("'{p}'"))
            .collect();
        let names = match missing.as_slice() {
            [] => return Ok(()),
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [init @ .., last] => format!("{}, and {last}", init.join(", ")),
        };
        Err(type_error(format!(
            "{func}() missing {} required positional argument{}: {names}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )))
    }
    /// Checks the argument count of a method of a built-in type, where `pos[0]` is the
    /// receiver and `min`/`max` count it; the messages, which do not count it, are
    /// CPython's (`list.append() takes exactly one argument (0 given)`, `pop expected at
    /// most 1 argument, got 2`). Any keyword argument is rejected first, as for a
    /// method that takes none (`dict.get() takes no keyword arguments`, or
    /// `unbound method dict.get() needs an argument` when there is no receiver).
    pub fn check_method(&self, owner: &str, name: &str, min: usize, max: usize) -> PyResult<()> {
        if !self.kw.is_empty() {
            // CPython looks for the receiver before it looks at the keywords.
            return Err(type_error(if self.pos.is_empty() {
                format!("unbound method {owner}.{name}() needs an argument")
            } else {
                format!("{owner}.{name}() takes no keyword arguments")
            }));
        }
        self.check_method_count(owner, name, min, max)
    }
    /// [`Args::check_method`] without the keyword check, for methods that accept
    /// keyword arguments (`dict.update(a=1)`).
    pub fn check_method_count(
        &self,
        owner: &str,
        name: &str,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        if n == 0 {
            // Called on the class, without even a receiver.
            return Err(type_error(format!(
                "unbound method {owner}.{name}() needs an argument"
            )));
        }
        let (n, min, max) = (n - 1, min - 1, max - 1);
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        Err(type_error(if min == max {
            match min {
                0 => format!("{owner}.{name}() takes no arguments ({n} given)"),
                1 => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        }))
    }
    /// Rejects keyword arguments.
    pub fn no_kwargs(&self, name: &str) -> PyResult<()> {
        if self.kw.is_empty() {
            Ok(())
        } else {
            Err(type_error(format!("{name}() takes no keyword arguments")))
        }
    }
    /// Binds the parameters `params` of a built-in CPython declares with
    /// Argument Clinic (`pow(base, exp, mod=None)`, `str(object='')`): positional
    /// arguments first, then keywords by name; the first `min` are required.
    /// Errors are worded as CPython's (`pow() missing required argument 'exp'
    /// (pos 2)`, `'x' is an invalid keyword argument for str()`, `argument for
    /// pow() given by name ('base') and position (1)`).
    pub fn bind_clinic(
        &mut self,
        func: &str,
        params: &[&str],
        min: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        self.check_clinic(func, params, 0, min, params.len())?;
        let mut bound: Vec<Option<Value>> = self.pos.iter().cloned().map(Some).collect();
        for name in params.iter().skip(bound.len()) {
            bound.push(self.take_kw(name));
        }
        if let Some((k, _)) = self.kw.first() {
            return Err(type_error(
                match params.iter().position(|p| *p == k.as_str()) {
                    Some(i) => format!(
                        "argument for {func}() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    ),
                    None => format!(
                        "'{}' is an invalid keyword argument for {func}()",
                        k.as_str()
                    ),
                },
            ));
        }
        Ok(bound)
    }
    /// Takes keyword argument `name` (removing it).
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| k.as_str() == name)?;
        Some(self.kw.remove(i).1)
    }
    /// Fails if any keyword argument is left, worded as CPython 3.11's C functions
    /// word it (`'foo' is an invalid keyword argument for print()`).
    pub fn finish_kw(&self, func: &str) -> PyResult<()> {
        match self.kw.first() {
            None => Ok(()),
            Some((k, _)) => Err(type_error(format!(
                "'{}' is an invalid keyword argument for {func}()",
                k.as_str()
            ))),
        }
    }
    /// Fails if any keyword argument is left, worded as for a function written in
    /// Python (`Random.sample() got an unexpected keyword argument 'foo'`).
    pub fn finish_kw_py(&self, func: &str) -> PyResult<()> {
        match self.kw.first() {
            None => Ok(()),
            Some((k, _)) => Err(type_error(format!(
                "{func}() got an unexpected keyword argument '{}'",
                k.as_str()
            ))),
        }
    }
    /// Positional argument `i` or keyword `name` (for parameters that can be either).
    pub fn arg_or_kw(&mut self, i: usize, name: &str) -> Option<Value> {
        if i < self.pos.len() {
            return Some(self.pos[i].clone());
        }
        self.take_kw(name)
    }
}

/// The receiver of a method, with the right Rust type.
#[macro_export]
#[doc(hidden)]
macro_rules! receiver {
    ($args:expr, $variant:ident, $tname:literal, $method:literal) => {
        match $args.pos.first() {
            Some($crate::runtime::value::Value::$variant(x)) => x.clone(),
            _ => {
                return Err($crate::runtime::exceptions::type_error(concat!(
                    "descriptor '",
                    $method,
                    "' requires a '",
                    $tname,
                    "' object"
                )))
            }
        }
    };
}

/// An int argument as i64.
pub fn int_arg(vm: &Vm, v: &Value, func: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(_) => Err(super::exceptions::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        Value::Float(_) => Err(type_error(
            "'float' object cannot be interpreted as an integer",
        )),
        _ => {
            let _ = func;
            Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            )))
        }
    }
}

/// A number argument as f64 (ints converted, with overflow checked).
pub fn float_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => numeric::bigint_to_f64(b).map_err(ops::num_err),
        _ => Err(type_error(format!(
            "{what} must be real number, not {}",
            type_name(vm, v)
        ))),
    }
}

/// Registers a native function under `name` in a namespace dict.
pub fn register(dict: &super::value::Dict, name: &'static str, func: NativeFn) {
    register_fast(dict, name, func, None);
}

/// [`register`] with a positional-only fast entry for native code.
pub fn register_fast(
    dict: &super::value::Dict,
    name: &'static str,
    func: NativeFn,
    fast: Option<super::value::FastFn>,
) {
    let b = Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: None,
        owner: None,
        fast,
    }));
    let _ = ops::dict_set_str(dict, name, b);
}

/// Registers a method of a built-in type.
pub fn register_method(cls: &Rc<Class>, owner: &'static str, name: &'static str, func: NativeFn) {
    register_method_fast(cls, owner, name, func, None);
}

/// [`register_method`] with a positional-only fast entry for native code.
pub fn register_method_fast(
    cls: &Rc<Class>,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
    fast: Option<super::value::FastFn>,
) {
    let b = Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: None,
        owner: Some(owner),
        fast,
    }));
    let key = Rc::new(PyStr::new(name));
    let _ = cls
        .dict
        .borrow_mut()
        .insert(key.hash(), Value::Str(key), b, &mut |_, _| Ok(false));
}

// ----- installation -----------------------------------------------------------------------

/// Fills the `builtins` module and the methods of the built-in types.
pub fn install(vm: &mut Vm) {
    let d = vm.builtins.dict.clone();
    let t = &vm.types;
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("bool", &t.bool_),
        ("int", &t.int),
        ("float", &t.float),
        ("str", &t.str_),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("range", &t.range),
        ("slice", &t.slice),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("property", &t.property),
    ] {
        let _ = ops::dict_set_str(&d, name, Value::Class(cls.clone()));
    }
    for (k, c) in &t.exceptions {
        let _ = ops::dict_set_str(&d, k.name(), Value::Class(c.clone()));
    }
    // Aliases kept by CPython for old code.
    for alias in ["IOError", "EnvironmentError"] {
        let os_error = t.exceptions[&ExcKind::OSError].clone();
        let _ = ops::dict_set_str(&d, alias, Value::Class(os_error));
    }
    // `NotImplemented` is a unique object: an instance of its own class.
    let ni_cls = super::types::new_class(
        "NotImplementedType",
        TypeKind::User,
        vec![t.object.clone()],
        "builtins",
    );
    register_method(
        &ni_cls,
        "NotImplementedType",
        "__repr__",
        not_implemented_repr,
    );
    let ni = Value::Instance(Rc::new(super::class::Instance::new(ni_cls, None, None)));
    vm.not_implemented = ni.clone();
    let _ = ops::dict_set_str(&d, "NotImplemented", ni);
    let _ = ops::dict_set_str(&d, "__name__", Value::str("builtins"));
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", bi_print),
        ("len", bi_len),
        ("repr", bi_repr),
        ("abs", bi_abs),
        ("min", bi_min),
        ("max", bi_max),
        ("sum", bi_sum),
        ("isinstance", bi_isinstance),
        ("issubclass", bi_issubclass),
        ("hash", bi_hash),
        ("id", bi_id),
        ("callable", bi_callable),
        ("iter", bi_iter),
        ("next", bi_next),
        ("enumerate", bi_enumerate),
        ("zip", bi_zip),
        ("map", bi_map),
        ("filter", bi_filter),
        ("reversed", bi_reversed),
        ("sorted", bi_sorted),
        ("any", bi_any),
        ("all", bi_all),
        ("ord", bi_ord),
        ("chr", bi_chr),
        ("hex", bi_hex),
        ("bin", bi_bin),
        ("oct", bi_oct),
        ("divmod", bi_divmod),
        ("pow", bi_pow),
        ("round", bi_round),
        ("getattr", bi_getattr),
        ("setattr", bi_setattr),
        ("hasattr", bi_hasattr),
        ("delattr", bi_delattr),
        ("format", bi_format),
        ("ascii", bi_ascii),
        ("super", bi_super),
        ("input", bi_input),
        ("open", bi_open),
        ("globals", bi_unsupported_globals),
        ("locals", bi_unsupported_locals),
        ("vars", bi_vars),
        ("exit", bi_exit),
        ("quit", bi_exit),
        ("dir", bi_unsupported_dir),
        ("exec", bi_unsupported_exec),
        ("eval", bi_unsupported_eval),
        ("compile", bi_unsupported_compile),
        ("__import__", bi_unsupported_import),
        ("frozenset", bi_unsupported_frozenset),
        ("bytes", bi_unsupported_bytes),
        ("bytearray", bi_unsupported_bytearray),
        ("memoryview", bi_unsupported_memoryview),
        ("complex", bi_unsupported_complex),
        ("aiter", bi_unsupported_aiter),
        ("anext", bi_unsupported_anext),
        ("breakpoint", bi_unsupported_breakpoint),
        ("help", bi_unsupported_help),
    ];
    for &(name, f) in fns {
        register(&d, name, f);
    }
    super::methods::install(vm);
    super::descriptors::install(vm);
    let base_exc = vm
        .types
        .exc_class(super::exceptions::ExcKind::BaseException);
    register_method(
        &base_exc,
        "BaseException",
        "__init__",
        super::class_ops::exception_init,
    );
}

fn not_implemented_repr(_vm: &mut Vm, _a: &mut Args) -> PyResult<Value> {
    Ok(Value::str("NotImplemented"))
}

/// Built-in functions outside the language (introspection of scopes, dynamic code):
/// each refuses with a message that names it.
macro_rules! unsupported_builtins {
    ($($fn_name:ident => $name:literal),* $(,)?) => {
        unsupported_builtins!(@what "function ", "()"; $($fn_name => $name),*);
    };
    (@what $what:literal, $after:literal; $($fn_name:ident => $name:literal),*) => {
        $(
            fn $fn_name(_vm: &mut Vm, _a: &mut Args) -> PyResult<Value> {
                Err(super::exceptions::not_implemented(concat!(
                    "firebrand does not support the built-in ",
                    $what,
                    $name,
                    $after
                )))
            }
        )*
    };
}

// Built-in types outside the language (bytes, complex numbers, ...): the name
// exists, using it refuses.
unsupported_builtins! {
    @what "type ", "";
    bi_unsupported_frozenset => "frozenset",
    bi_unsupported_bytes => "bytes",
    bi_unsupported_bytearray => "bytearray",
    bi_unsupported_memoryview => "memoryview",
    bi_unsupported_complex => "complex"
}

unsupported_builtins! {
    bi_unsupported_globals => "globals",
    bi_unsupported_locals => "locals",
    bi_unsupported_dir => "dir",
    bi_unsupported_exec => "exec",
    bi_unsupported_eval => "eval",
    bi_unsupported_compile => "compile",
    bi_unsupported_import => "__import__",
    bi_unsupported_aiter => "aiter",
    bi_unsupported_anext => "anext",
    bi_unsupported_breakpoint => "breakpoint",
    bi_unsupported_help => "help",
}

/// `exit(code=None)` / `quit(code=None)`: raise `SystemExit(code)`.
fn bi_exit(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("exit")?;
    let args = match a.pos.len() {
        0 => Vec::new(),
        _ => vec![a.pos[0].clone()],
    };
    Err(super::exceptions::PyErr::with_args(
        super::exceptions::ExcKind::SystemExit,
        args,
    ))
}

/// `vars(obj)`: the object's `__dict__`.
fn bi_vars(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("vars")?;
    match a.pos.as_slice() {
        [obj] => {
            let name = Rc::new(super::value::PyStr::new("__dict__"));
            class_ops::get_attr(vm, obj, &name)
                .map_err(|_| type_error("vars() argument must have __dict__ attribute"))
        }
        [] => Err(super::exceptions::not_implemented(
            "firebrand does not support vars() without an argument",
        )),
        more => Err(type_error(format!(
            "vars expected at most 1 argument, got {}",
            more.len()
        ))),
    }
}

fn bi_input(_vm: &mut Vm, _a: &mut Args) -> PyResult<Value> {
    Err(super::exceptions::not_implemented(
        "input() is not available: scripts have no standard input",
    ))
}

fn bi_open(_vm: &mut Vm, _a: &mut Args) -> PyResult<Value> {
    Err(super::exceptions::not_implemented(
        "open() is not available: scripts have no file-system access",
    ))
}

// ----- the built-in functions ------------------------------------------------------------------

fn bi_print(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let sep = a.take_kw("sep");
    let end = a.take_kw("end");
    let file = a.take_kw("file").filter(|f| !f.is_none());
    let _flush = a.take_kw("flush");
    a.finish_kw("print")?;
    let str_opt = |vm: &Vm, v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(type_error(format!(
                "{what} must be None or a string, not {}",
                type_name(vm, &other)
            ))),
        }
    };
    let sep = str_opt(vm, sep, " ", "sep")?;
    let end = str_opt(vm, end, "\n", "end")?;
    if let Some(file) = file {
        return print_to_file(vm, &file, &a.pos, &sep, &end);
    }
    let mut out = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v {
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Int(n) => out.push_str(&n.to_string()),
            other => match ops::to_str(vm, other) {
                Ok(t) => out.push_str(&t),
                Err(e) => {
                    // CPython has already written the earlier arguments.
                    vm.write_out(&out)?;
                    return Err(e);
                }
            },
        }
    }
    out.push_str(&end);
    vm.write_out(&out)?;
    Ok(Value::None)
}

/// `print(..., file=f)`: each piece goes to `f.write`, as CPython writes them.
fn print_to_file(
    vm: &mut Vm,
    file: &Value,
    items: &[Value],
    sep: &str,
    end: &str,
) -> PyResult<Value> {
    let write = ops::get_attr(vm, file, &Rc::new(super::value::PyStr::new("write")))?;
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            vm.call(&write, &[Value::str(sep)])?;
        }
        let s = ops::to_str(vm, v)?;
        vm.call(&write, &[Value::str(s)])?;
    }
    vm.call(&write, &[Value::str(end)])?;
    Ok(Value::None)
}

/// `range(...)` when some argument is a big int.
fn big_range(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    let mut nums = Vec::with_capacity(3);
    for v in args {
        nums.push(match v.to_bigint() {
            Some(b) => b,
            None => BigInt::from(int_arg(vm, v, "range")?),
        });
    }
    // 1 to 3 arguments, checked by the caller.
    let step = if nums.len() == 3 {
        nums.pop().unwrap_or_default()
    } else {
        BigInt::from(1)
    };
    let stop = nums.pop().unwrap_or_default();
    let start = nums.pop().unwrap_or_default();
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range::new(start, stop, step))))
}

/// `len(v)`.
pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::Str(s) => s.char_len() as i64,
        Value::List(l) => l.items.borrow().len() as i64,
        Value::Tuple(t) => t.items.len() as i64,
        Value::Dict(d) => d.table.borrow().len() as i64,
        Value::Set(s) => s.table.borrow().len() as i64,
        Value::Range(r) => r.len_i64().ok_or_else(|| {
            super::exceptions::overflow_error("Python int too large to convert to C ssize_t")
        })?,
        Value::Instance(_) => match class_ops::lookup_special(vm, v, "__len__") {
            Some(f) => {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                class_ops::len_result(vm, &r)?
            }
            None => {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(vm, v)
                )));
            }
        },
        _ => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name(vm, v)
            )));
        }
    })
}

pub(crate) fn bi_len(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("len", 1, 1)?;
    Ok(Value::Int(len_of(vm, &a.pos[0])?))
}

fn bi_repr(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("repr", 1, 1)?;
    Ok(Value::str(ops::repr(vm, &a.pos[0])?))
}

fn bi_ascii(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("ascii", 1, 1)?;
    Ok(Value::str(ops::ascii_escape(&ops::repr(vm, &a.pos[0])?)))
}

fn bi_abs(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("abs", 1, 1)?;
    Ok(match &a.pos[0] {
        Value::Int(i) => Value::from_i128((*i as i128).abs()),
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::float(f.get().abs()),
        v @ Value::Instance(_) => return class_ops::instance_unary(vm, "__abs__", v, "abs()"),
        v => {
            return Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(vm, v)
            )));
        }
    })
}

fn min_max(vm: &mut Vm, a: &mut Args, name: &str, want_less: bool) -> PyResult<Value> {
    let key = a.take_kw("key").filter(|k| !k.is_none());
    let default = a.take_kw("default");
    a.finish_kw(name)?;
    if a.pos.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let items: Vec<Value> = if a.pos.len() == 1 {
        ops::collect_iterable(vm, &a.pos[0])?
    } else {
        if default.is_some() {
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        a.pos.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                let better = if want_less {
                    ops::less_than(vm, &k, &bk)?
                } else {
                    // CPython's max() asks `item > best` (so errors name '>').
                    let r = ops::compare(vm, crate::compiler::bytecode::Cmp::Gt, &k, &bk)?;
                    ops::truthy(vm, &r)?
                };
                if better { (k, item) } else { (bk, bv) }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

pub(crate) fn bi_min(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    // Fast path: min of small ints, as the levenshtein workload does.
    if a.kw.is_empty() && a.pos.len() > 1 && a.pos.iter().all(|v| matches!(v, Value::Int(_))) {
        let mut best = i64::MAX;
        for v in a.pos.iter() {
            if let Value::Int(i) = v {
                best = best.min(*i);
            }
        }
        return Ok(Value::Int(best));
    }
    min_max(vm, a, "min", true)
}

pub(crate) fn bi_max(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    if a.kw.is_empty() && a.pos.len() > 1 && a.pos.iter().all(|v| matches!(v, Value::Int(_))) {
        let mut best = i64::MIN;
        for v in a.pos.iter() {
            if let Value::Int(i) = v {
                best = best.max(*i);
            }
        }
        return Ok(Value::Int(best));
    }
    min_max(vm, a, "max", false)
}

fn bi_sum(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_clinic("sum", &["iterable", "start"], 1, 1, 2)?;
    let start = a.take_kw("start");
    a.finish_kw("sum")?;
    let mut acc = start
        .or_else(|| a.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = ops::get_iter(vm, a.pos[0].clone())?;
    while let Some(x) = ops::iter_next(vm, &it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) if p.checked_add(*q).is_some() => Value::Int(p + q),
            (Value::Float(p), Value::Float(q)) => Value::float(p.get() + q.get()),
            _ => ops::binary_op(
                vm,
                crate::compiler::bytecode::bin_op_index(BinOp::Add),
                acc,
                x,
                false,
            )?,
        };
    }
    Ok(acc)
}

fn class_arg_check(vm: &Vm, v: &Value, cls: &Value, func: &str) -> PyResult<bool> {
    match cls {
        Value::Class(c) => Ok(vm.class_of(v).is_subclass(c)),
        Value::Tuple(t) => {
            for c in t.items.iter() {
                if class_arg_check(vm, v, c, func)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "{func}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn bi_isinstance(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("isinstance", 2, 2)?;
    Ok(Value::bool(class_arg_check(
        vm,
        &a.pos[0],
        &a.pos[1],
        "isinstance",
    )?))
}

fn bi_issubclass(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("issubclass", 2, 2)?;
    let Value::Class(c) = &a.pos[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let check = |target: &Value| -> PyResult<bool> {
        match target {
            Value::Class(t) => Ok(c.is_subclass(t)),
            _ => Err(type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        }
    };
    let r = match &a.pos[1] {
        Value::Tuple(t) => {
            let mut any = false;
            for x in t.items.iter() {
                any |= check(x)?;
            }
            any
        }
        other => check(other)?,
    };
    let _ = vm;
    Ok(Value::bool(r))
}

fn bi_hash(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("hash", 1, 1)?;
    Ok(Value::Int(ops::hash(vm, &a.pos[0])?))
}

fn bi_id(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("id", 1, 1)?;
    let v = &a.pos[0];
    Ok(Value::Int(match v.heap_addr() {
        Some(addr) => addr as i64,
        None => {
            // Inline values have no address; derive a stable id from their bits.
            let bits = match v {
                Value::Int(i) => *i as u64,
                Value::Float(f) => f.get().to_bits(),
                Value::Bool(b) => b.get() as u64 + 0x10,
                _ => 0x20,
            };
            (bits.wrapping_mul(0x9E3779B97F4A7C15) >> 1) as i64
        }
    }))
}

fn bi_callable(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("callable", 1, 1)?;
    Ok(Value::bool(is_callable(_vm, &a.pos[0])))
}

/// Python's `callable(v)`.
fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(_) => class_ops::lookup_special(vm, v, "__call__").is_some(),
        _ => false,
    }
}

fn bi_iter(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("iter")?;
    a.check_positional("iter", 1, 2)?;
    if let Some(sentinel) = a.pos.get(1) {
        if !is_callable(vm, &a.pos[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(new_iter(IterState::Callable {
            func: a.pos[0].clone(),
            sentinel: sentinel.clone(),
        }));
    }
    ops::get_iter(vm, a.pos[0].clone())
}

fn bi_next(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("next", 1, 2)?;
    // A user iterator's own StopIteration (with its value) propagates as raised.
    if a.pos.len() == 1
        && let Value::Instance(_) = &a.pos[0]
        && let Some(f) = class_ops::lookup_special(vm, &a.pos[0], "__next__")
    {
        return vm.call(&f, std::slice::from_ref(&a.pos[0]));
    }
    vm.generator_return = None;
    match ops::iter_next(vm, &a.pos[0])? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            // A generator's return value rides on its StopIteration.
            None => match vm.generator_return.take() {
                Some(v) => Err(crate::interp::generators::stop_iteration_with(v)),
                None => Err(super::exceptions::stop_iteration()),
            },
        },
    }
}

fn new_iter(state: IterState) -> Value {
    Value::Iter(Rc::new(std::cell::RefCell::new(state)))
}

fn bi_enumerate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    // CPython's vectorcall path words these itself; with keywords it goes through
    // `PyArg_ParseTupleAndKeywords`, which stops at the missing `iterable` and then
    // reports the first keyword it has not consumed.
    if a.pos.is_empty()
        && let Some(iterable) = a.take_kw("iterable")
    {
        a.pos.push(iterable);
    }
    match (a.pos.len(), a.kw.first()) {
        (0, None) => {
            return Err(type_error(
                "enumerate() missing required argument 'iterable'",
            ));
        }
        (0, Some((k, _))) => {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for enumerate()",
                k.as_str()
            )));
        }
        (n, _) if n + a.kw.len() > 2 => {
            return Err(type_error(format!(
                "enumerate() takes at most 2 arguments ({} given)",
                n + a.kw.len()
            )));
        }
        _ => {}
    }
    let start = a.take_kw("start");
    a.finish_kw("enumerate")?;
    let start = start
        .or_else(|| a.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    let count = match start {
        Value::Bool(b) => Value::Int(b.get() as i64),
        v @ (Value::Int(_) | Value::BigInt(_)) => v,
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name(vm, &other)
            )));
        }
    };
    let inner = ops::get_iter(vm, a.pos[0].clone())?;
    Ok(new_iter(IterState::Enumerate { inner, count }))
}

fn bi_zip(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let strict = match a.take_kw("strict") {
        Some(v) => ops::truthy(vm, &v)?,
        None => false,
    };
    a.finish_kw("zip")?;
    let mut iters = Vec::with_capacity(a.pos.len());
    for (i, v) in a.pos.iter().enumerate() {
        match ops::get_iter(vm, v.clone()) {
            Ok(it) => iters.push(it),
            Err(_) => {
                return Err(
                    type_error(format!("'{}' object is not iterable", type_name(vm, v)))
                        .with_note_index(i),
                );
            }
        }
    }
    Ok(new_iter(IterState::Zip { iters, strict }))
}

trait NoteIndex {
    fn with_note_index(self, i: usize) -> Self;
}
impl NoteIndex for PyErr {
    fn with_note_index(self, _i: usize) -> Self {
        self
    }
}

fn bi_map(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("map")?;
    if a.pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let func = a.pos[0].clone();
    let mut iters = Vec::new();
    for v in a.pos[1..].iter() {
        iters.push(ops::get_iter(vm, v.clone())?);
    }
    Ok(new_iter(IterState::Map { func, iters }))
}

fn bi_filter(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("filter")?;
    a.check("filter", 2, 2)?;
    let inner = ops::get_iter(vm, a.pos[1].clone())?;
    Ok(new_iter(IterState::Filter {
        func: a.pos[0].clone(),
        inner,
    }))
}

fn bi_reversed(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("reversed")?;
    a.check_positional("reversed", 1, 1)?;
    let v = a.pos[0].clone();
    Ok(match &v {
        Value::List(l) => {
            let index = l.items.borrow().len();
            new_iter(IterState::ListReversed {
                list: l.clone(),
                index,
            })
        }
        Value::Range(r) => match (&**r, r.len_i64()) {
            (&Range::Small { start, step, .. }, Some(n)) if step != i64::MIN => {
                new_iter(IterState::Range {
                    next: Range::get_small(start, step, (n - 1).max(0)),
                    step: -step,
                    remaining: n,
                })
            }
            _ => {
                let n = r.len_big();
                let (start, _, step) = r.parts();
                let last = if n.is_positive() {
                    start + (&n - 1u32) * &step
                } else {
                    start
                };
                new_iter(IterState::BigRange(Box::new(super::iter::BigRangeIter {
                    next: last,
                    step: -step,
                    remaining: n,
                })))
            }
        },
        Value::Tuple(_) | Value::Str(_) => {
            let mut items = ops::collect_iterable(vm, &v)?;
            items.reverse();
            new_iter(IterState::Values {
                items,
                index: 0,
                name: "reversed",
            })
        }
        Value::Dict(d) => {
            let mut items = d.table.borrow().keys();
            items.reverse();
            new_iter(IterState::Values {
                items,
                index: 0,
                name: "dict_reversekeyiterator",
            })
        }
        Value::Instance(_) => match class_ops::lookup_special(vm, &v, "__reversed__") {
            Some(f) => vm.call(&f, std::slice::from_ref(&v))?,
            // The sequence protocol: `__getitem__` makes a sequence (then
            // `len()` must work too, else its TypeError).
            None if class_ops::lookup_special(vm, &v, "__getitem__").is_none() => {
                return Err(type_error(format!(
                    "'{}' object is not reversible",
                    type_name(vm, &v)
                )));
            }
            // Read lazily from the end, as CPython's `reversed` object does.
            None => new_iter(IterState::Sequence {
                index: len_of(vm, &v)? - 1,
                obj: v,
                backwards: true,
            }),
        },
        _ => {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                type_name(vm, &v)
            )));
        }
    })
}

/// Sorts values in place, stably, with an optional key function (`list.sort`,
/// `sorted`), making CPython's comparisons in CPython's order (`timsort`).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let mut keys: Vec<Value> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(f, std::slice::from_ref(it))?);
            }
            ks
        }
        None => items.clone(),
    };
    // As CPython: keys made in the list's order, then items and keys reversed,
    // sorted, and reversed back (so equal items keep their order and the
    // comparisons are CPython's).
    if reverse {
        items.reverse();
        keys.reverse();
    }
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // The first comparison error stops the comparisons (and is raised).
    let mut err: Option<PyErr> = None;
    super::timsort::sort(&mut idx, &mut |x, y| {
        if err.is_some() {
            return false;
        }
        match ops::less_than(vm, &keys[x], &keys[y]) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    });
    if let Some(e) = err {
        if reverse {
            items.reverse();
        }
        return Err(e);
    }
    let mut sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    if reverse {
        sorted.reverse();
    }
    *items = sorted;
    Ok(())
}

fn bi_sorted(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let key = a.take_kw("key").filter(|k| !k.is_none());
    let reverse = match a.take_kw("reverse") {
        Some(r) => ops::truthy(vm, &r)?,
        None => false,
    };
    // `sorted` hands its keywords to `list.sort`, which reports them.
    a.finish_kw("sort")?;
    if a.pos.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            a.pos.len()
        )));
    }
    let mut items = ops::collect_iterable(vm, &a.pos[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn bi_any(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("any", 1, 1)?;
    let it = ops::get_iter(vm, a.pos[0].clone())?;
    while let Some(x) = ops::iter_next(vm, &it)? {
        if ops::truthy(vm, &x)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn bi_all(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("all", 1, 1)?;
    let it = ops::get_iter(vm, a.pos[0].clone())?;
    while let Some(x) = ops::iter_next(vm, &it)? {
        if !ops::truthy(vm, &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn bi_ord(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("ord", 1, 1)?;
    match &a.pos[0] {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.char_at(0) as i64))
        }
        v => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(vm, v)
        ))),
    }
}

fn bi_chr(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("chr", 1, 1)?;
    // A C int first (beyond it: OverflowError), then a code point.
    let i = super::str_methods::c_int_arg(vm, &a.pos[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.char_value(c)),
        None if (0..0x110000).contains(&i) => {
            Err(value_error("surrogate characters are not supported"))
        }
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn radix(vm: &mut Vm, a: &mut Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    a.check(name, 1, 1)?;
    let Some(b) = a.pos[0].to_bigint() else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, &a.pos[0])
        )));
    };
    let digits = b.abs().to_str_radix(base);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(Value::str(format!("{sign}{prefix}{digits}")))
}

fn bi_hex(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    radix(vm, a, "hex", 16, "0x")
}
fn bi_bin(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    radix(vm, a, "bin", 2, "0b")
}
fn bi_oct(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    radix(vm, a, "oct", 8, "0o")
}

fn bi_divmod(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("divmod", 2, 2)?;
    let (x, y) = (a.pos[0].clone(), a.pos[1].clone());
    let numeric = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
        )
    };
    let instance = |v: &Value| matches!(v, Value::Instance(_));
    if instance(&x) || instance(&y) {
        // `__divmod__`, then the other operand's `__rdivmod__`.
        if let Some(f) = class_ops::lookup_special(vm, &x, "__divmod__") {
            let r = vm.call(&f, &[x.clone(), y.clone()])?;
            if !class_ops::is_not_implemented(vm, &r) {
                return Ok(r);
            }
        }
        if let Some(f) = class_ops::lookup_special(vm, &y, "__rdivmod__") {
            let r = vm.call(&f, &[y.clone(), x.clone()])?;
            if !class_ops::is_not_implemented(vm, &r) {
                return Ok(r);
            }
        }
    }
    if !(numeric(&x) && numeric(&y)) {
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(vm, &x),
            type_name(vm, &y)
        )));
    }
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (&x, &y) {
        let fx = float_arg(vm, &x, "divmod")?;
        let fy = float_arg(vm, &y, "divmod")?;
        let (q, r) = numeric::float_divmod(fx, fy).map_err(ops::num_err)?;
        return Ok(Value::tuple(vec![Value::float(q), Value::float(r)]));
    }
    let fd = crate::compiler::bytecode::bin_op_index(BinOp::FloorDiv);
    let md = crate::compiler::bytecode::bin_op_index(BinOp::Mod);
    let q = ops::binary_op(vm, fd, x.clone(), y.clone(), false)?;
    let r = ops::binary_op(vm, md, x, y, false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn bi_pow(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let bound = a.bind_clinic("pow", &["base", "exp", "mod"], 2)?;
    let (base, exp) = match (&bound[0], &bound[1]) {
        (Some(b), Some(e)) => (b.clone(), e.clone()),
        _ => return Err(type_error("pow() missing required argument 'exp' (pos 2)")),
    };
    let modulus = bound[2].clone().filter(|v| !v.is_none());
    match modulus {
        None => ops::binary_op(
            vm,
            crate::compiler::bytecode::bin_op_index(BinOp::Pow),
            base,
            exp,
            false,
        ),
        Some(mv) => {
            let (Some(b), Some(e), Some(m)) = (base.to_bigint(), exp.to_bigint(), mv.to_bigint())
            else {
                return Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            Ok(Value::from_bigint(
                numeric::int_pow_mod(&b, &e, &m).map_err(ops::num_err)?,
            ))
        }
    }
}

/// `round`'s `ndigits`, saturated to the i64 range: a number rounded to 2**63
/// digits is itself, to -2**63 digits zero (CPython saturates a float's
/// `ndigits` to the C ssize_t range the same way).
fn round_ndigits(vm: &Vm, n: &Value) -> PyResult<i64> {
    match n {
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => Ok(i64::MIN),
        Value::BigInt(_) => Ok(i64::MAX),
        _ => int_arg(vm, n, "round"),
    }
}

fn bi_round(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let mut bound = a
        .bind_clinic("round", &["number", "ndigits"], 1)?
        .into_iter();
    let v = bound
        .next()
        .flatten()
        .expect("bind_clinic binds the required number");
    let nd = bound.next().flatten().filter(|v| !v.is_none());
    match &v {
        Value::Float(f) => match nd {
            None => Ok(Value::from_bigint(
                numeric::float_round_to_int(f.get()).map_err(ops::num_err)?,
            )),
            Some(n) => {
                let n = round_ndigits(vm, &n)?;
                Ok(Value::float(
                    numeric::float_round(f.get(), Some(n)).map_err(ops::num_err)?,
                ))
            }
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match nd {
            None => Ok(match v {
                Value::Bool(b) => Value::Int(b.get() as i64),
                other => other,
            }),
            Some(n) => {
                let n = round_ndigits(vm, &n)?;
                Ok(Value::from_bigint(numeric::int_round(
                    &v.to_bigint().unwrap_or_default(),
                    n,
                )))
            }
        },
        Value::Instance(_) => match class_ops::lookup_special(vm, &v, "__round__") {
            Some(f) => {
                let mut args = vec![v.clone()];
                args.extend(nd);
                vm.call(&f, &args)
            }
            None => Err(type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(vm, &v)
            ))),
        },
        _ => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(vm, &v)
        ))),
    }
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(vm, v)
        ))),
    }
}

fn bi_getattr(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("getattr", 2, 3)?;
    let name = attr_name(vm, &a.pos[1])?;
    match ops::get_attr(vm, &a.pos[0].clone(), &name) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcKind::AttributeError) && a.pos.len() == 3 => Ok(a.pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn bi_setattr(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("setattr", 3, 3)?;
    let name = attr_name(vm, &a.pos[1])?;
    ops::set_attr(vm, &a.pos[0].clone(), &name, a.pos[2].clone())?;
    Ok(Value::None)
}

fn bi_delattr(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("delattr", 2, 2)?;
    let name = attr_name(vm, &a.pos[1])?;
    ops::del_attr(vm, &a.pos[0].clone(), &name)?;
    Ok(Value::None)
}

fn bi_hasattr(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("hasattr", 2, 2)?;
    let name = attr_name(vm, &a.pos[1])?;
    match ops::get_attr(vm, &a.pos[0].clone(), &name) {
        Ok(_) => Ok(Value::bool(true)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(Value::bool(false)),
        Err(e) => Err(e),
    }
}

fn bi_format(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("format", 1, 2)?;
    let spec = match a.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                super::ops::clinic_type_name(vm, other)
            )));
        }
        None => String::new(),
    };
    Ok(Value::str(ops::format(vm, &a.pos[0].clone(), &spec)?))
}

fn bi_super(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    // `super()` is compiled to `super(__class__, self)`; return a proxy bound method
    // lookup object: an instance of a hidden class is overkill, so resolve eagerly
    // into a tiny namespace object.
    if a.pos.is_empty() && a.kw.is_empty() {
        // Zero-argument `super()` where the compiler could not pass `__class__`
        // and the first argument: CPython's errors, from the calling function.
        let takes_args = vm
            .frames
            .last()
            .is_some_and(|f| f.code.argcount > 0 || f.code.has_varargs);
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            if takes_args {
                "super(): __class__ cell not found"
            } else {
                "super(): no arguments"
            },
        ));
    }
    a.check("super", 2, 2)?;
    let (Value::Class(cls), obj) = (&a.pos[0], a.pos[1].clone()) else {
        return Err(type_error("super() argument 1 must be a type"));
    };
    class_ops::make_super(vm, cls.clone(), obj)
}

// ----- built-in types as constructors --------------------------------------------------------------

/// Calls a built-in type: `int(x)`, `list(it)`, `dict(a=1)`, `type(x)`, ...
pub fn construct(vm: &mut Vm, kind: TypeKind, cls: &Rc<Class>, mut a: Args) -> PyResult<Value> {
    match kind {
        TypeKind::Type => {
            if a.pos.len() != 1 || !a.kw.is_empty() {
                if a.pos.len() == 1 {
                    return Err(type_error("type() takes no keyword arguments"));
                }
                if a.pos.len() == 3 {
                    return Err(super::exceptions::not_implemented(
                        "firebrand does not support type() with three arguments",
                    ));
                }
                return Err(type_error("type() takes 1 or 3 arguments"));
            }
            Ok(Value::Class(vm.class_of(&a.pos[0])))
        }
        TypeKind::Object => {
            if !a.pos.is_empty() || !a.kw.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            let inst = Rc::new(super::class::Instance::new(cls.clone(), None, None));
            Ok(Value::Instance(inst))
        }
        TypeKind::Int => construct_int(vm, a),
        TypeKind::Descriptor => super::descriptors::construct(vm, cls, a),
        TypeKind::Bool => {
            a.no_kwargs("bool")?;
            a.check("bool", 0, 1)?;
            match a.pos.first() {
                Some(v) => Ok(Value::bool(ops::truthy(vm, &v.clone())?)),
                None => Ok(Value::bool(false)),
            }
        }
        TypeKind::Float => {
            a.no_kwargs("float")?;
            a.check("float", 0, 1)?;
            Ok(match a.pos.first().cloned() {
                None => Value::float(0.0),
                Some(Value::Float(f)) => Value::Float(f),
                Some(Value::Str(s)) => {
                    Value::float(numeric::parse_float(s.as_str()).map_err(ops::num_err)?)
                }
                Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                    Value::float(float_arg(vm, &v, "float")?)
                }
                Some(v @ Value::Instance(_)) => {
                    match class_ops::lookup_special(vm, &v, "__float__") {
                        Some(f) => vm.call(&f, &[v])?,
                        None => {
                            return Err(type_error(format!(
                                "float() argument must be a string or a real number, not '{}'",
                                type_name(vm, &v)
                            )));
                        }
                    }
                }
                Some(v) => {
                    return Err(type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        type_name(vm, &v)
                    )));
                }
            })
        }
        TypeKind::Str => {
            let bound = a.bind_clinic("str", &["object", "encoding", "errors"], 0)?;
            if let (Some(v), true) = (&bound[0], bound[1].is_some() || bound[2].is_some()) {
                // Decoding needs a bytes-like object, which firebrand does not have.
                return Err(type_error(match v {
                    Value::Str(_) => "decoding str is not supported".to_string(),
                    v => format!(
                        "decoding to str: need a bytes-like object, {} found",
                        type_name(vm, v)
                    ),
                }));
            }
            match bound.into_iter().next().flatten() {
                None => Ok(Value::str("")),
                Some(v @ Value::Str(_)) => Ok(v),
                Some(v) => Ok(Value::str(ops::to_str(vm, &v)?)),
            }
        }
        TypeKind::List => {
            a.no_kwargs("list")?;
            a.check("list", 0, 1)?;
            Ok(Value::list(match a.pos.first() {
                Some(v) => ops::collect_iterable(vm, &v.clone())?,
                None => Vec::new(),
            }))
        }
        TypeKind::Tuple => {
            a.no_kwargs("tuple")?;
            a.check("tuple", 0, 1)?;
            Ok(match a.pos.first().cloned() {
                Some(t @ Value::Tuple(_)) => t,
                Some(v) => Value::tuple(ops::collect_iterable(vm, &v)?),
                None => Value::tuple(Vec::new()),
            })
        }
        TypeKind::Dict => {
            // `dict(a=1)`: keywords become items.
            a.check_count("dict", 0, 1)?;
            let d = Rc::new(super::value::Dict::default());
            super::gc::track_dict(&d);
            if let Some(src) = a.pos.first().cloned() {
                super::methods::dict_update_from(vm, &d, &src)?;
            }
            for (k, v) in std::mem::take(&mut a.kw) {
                ops::dict_set(vm, &d, Value::Str(k), v)?;
            }
            Ok(Value::Dict(d))
        }
        TypeKind::Set => {
            a.no_kwargs("set")?;
            a.check("set", 0, 1)?;
            match a.pos.first().cloned() {
                Some(v) => Ok(Value::Set(super::set_ops::from_iterable(vm, &v)?)),
                None => Ok(Value::Set(super::set_ops::new_set())),
            }
        }
        TypeKind::Range => {
            a.no_kwargs("range")?;
            if a.pos.is_empty() {
                return Err(type_error("range expected at least 1 argument, got 0"));
            }
            a.check("range", 1, 3)?;
            if a.pos.iter().any(|v| matches!(v, Value::BigInt(_))) {
                return big_range(vm, &a.pos);
            }
            let mut nums = Vec::with_capacity(3);
            for v in a.pos.iter() {
                nums.push(int_arg(vm, v, "range")?);
            }
            let (start, stop, step) = match nums.len() {
                1 => (0, nums[0], 1),
                2 => (nums[0], nums[1], 1),
                _ => (nums[0], nums[1], nums[2]),
            };
            if step == 0 {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(Range::from_i64(start, stop, step))))
        }
        TypeKind::Slice => {
            a.check("slice", 1, 3)?;
            let p = a.pos.to_vec();
            let (start, stop, step) = match p.len() {
                1 => (Value::None, p[0].clone(), Value::None),
                2 => (p[0].clone(), p[1].clone(), Value::None),
                _ => (p[0].clone(), p[1].clone(), p[2].clone()),
            };
            Ok(Value::Slice(Rc::new(super::value::Slice {
                start,
                stop,
                step,
            })))
        }
        _ => Err(type_error(format!(
            "cannot create '{}' instances",
            cls.name.as_str()
        ))),
    }
}

fn construct_int(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let base_kw = a.take_kw("base");
    a.finish_kw("int")?;
    if a.pos.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let base = base_kw.or_else(|| a.pos.get(1).cloned());
    let Some(v) = a.pos.first().cloned() else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = int_arg(vm, &b, "int")?;
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match &v {
            Value::Str(s) => Ok(Value::from_bigint(
                numeric::parse_int(s.as_str(), b as u32).map_err(ops::num_err)?,
            )),
            _ => Err(type_error(
                "int() can't convert non-string with explicit base",
            )),
        };
    }
    match &v {
        Value::Int(_) | Value::BigInt(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => Ok(Value::from_bigint(
            numeric::float_to_bigint(f.get()).map_err(ops::num_err)?,
        )),
        Value::Str(s) => Ok(Value::from_bigint(
            numeric::parse_int(s.as_str(), 10).map_err(ops::num_err)?,
        )),
        Value::Instance(_) => match class_ops::lookup_special(vm, &v, "__int__") {
            Some(f) => vm.call(&f, &[v]),
            None => Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(vm, &v)
            ))),
        },
        _ => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(vm, &v)
        ))),
    }
}

/// Set operators `| & - ^` (and their in-place forms), as CPython's `set_or`,
/// `set_ior`, `set_and`, `set_iand`, ... do them.
pub fn set_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    use super::set_ops;
    let Value::Set(x) = a else {
        return Ok(Value::None);
    };
    if inplace {
        match op {
            BinOp::BitOr => set_ops::update(vm, x, b)?,
            BinOp::BitAnd => set_ops::intersection_update(vm, x, std::slice::from_ref(b))?,
            BinOp::Sub => set_ops::difference_update(vm, x, b)?,
            BinOp::BitXor => set_ops::symmetric_difference_update(vm, x, b)?,
            _ => return Ok(Value::None),
        }
        return Ok(a.clone());
    }
    Ok(Value::Set(match op {
        BinOp::BitOr => set_ops::union(vm, x, std::slice::from_ref(b))?,
        BinOp::BitAnd => set_ops::intersection(vm, x, b)?,
        BinOp::Sub => set_ops::difference(vm, x, b)?,
        BinOp::BitXor => set_ops::symmetric_difference(vm, x, b)?,
        _ => return Ok(Value::None),
    }))
}

/// Compares for `Cmp` with a bool result (helper for modules).
pub fn cmp_bool(vm: &mut Vm, cmp: Cmp, a: &Value, b: &Value) -> PyResult<bool> {
    let r = ops::compare(vm, cmp, a, b)?;
    ops::truthy(vm, &r)
}

/// An int result from a BigInt computation, as a convenience for modules.
pub fn int_value(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// The i64 of an int value that must fit.
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::BigInt(b) => b.to_i64(),
        other => other.as_i64(),
    }
}
