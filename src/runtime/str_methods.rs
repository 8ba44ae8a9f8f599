//! Methods of `str`, reproducing CPython 3.11: results, exception types and messages.
//!
//! Each method is a native function whose first positional argument is the receiver,
//! installed in the class namespace of `str`, so both `s.upper()` and the unbound
//! `str.upper(s)` (e.g. `key=str.lower`) work. Indices and lengths are in code points.
//!
//! The methods are grouped by family in submodules; this module holds what they share:
//! argument parsing with CPython's wording of arity errors (`parse`), argument
//! conversions, and the code-point view of a string (`Text`).

mod case;
mod format;
mod layout;
mod search;
mod split;
mod tables;
mod unicode;

use std::rc::Rc;

use super::builtins::register_method;
use super::exceptions::{ExcKind, PyErr, PyResult, overflow_error, type_error};
use super::ops::type_name;
use super::value::{Args, Builtin, NativeFn, PyStr, Value};
use crate::interp::Vm;

/// Installs the `str` methods.
pub fn install(vm: &mut Vm) {
    let families = [
        case::METHODS,
        format::METHODS,
        layout::METHODS,
        search::METHODS,
        split::METHODS,
    ];
    for &(name, f) in families.iter().flat_map(|m| m.iter()) {
        register_method(&vm.types.str_, "str", name, f);
    }
    // A static method: it is never bound to a receiver, so `''.maketrans(x)` works too.
    let maketrans = Value::Builtin(Rc::new(Builtin {
        name: "maketrans",
        func: layout::str_maketrans,
        bound: None,
        owner: None,
        fast: None,
    }));
    let key = Rc::new(PyStr::new("maketrans"));
    let _ = vm.types.str_.dict.borrow_mut().insert(
        key.hash(),
        Value::Str(key),
        maketrans,
        &mut |_, _| Ok(false),
    );
}

/// A method table: name and implementation.
type Methods = &'static [(&'static str, NativeFn)];

// ----- argument parsing ----------------------------------------------------------------

/// How a method takes its arguments in CPython, which decides the wording of its
/// arity errors.
#[derive(Clone, Copy)]
enum Sig {
    /// `METH_NOARGS`: `s.upper()`.
    NoArgs,
    /// `METH_O`: exactly one positional argument, `s.partition(sep)`.
    One,
    /// Argument Clinic, positional-only, `min..=max` arguments: `s.replace(old, new[, count])`.
    Positional(usize, usize),
    /// `PyArg_ParseTuple`, `min..=max` arguments: `s.find(sub[, start[, end]])`.
    Tuple(usize, usize),
    /// Argument Clinic with optional keyword parameters: `s.split(sep=None, maxsplit=-1)`.
    Keywords(&'static [&'static str]),
}

/// Most arguments any str method takes.
const MAX_ARGS: usize = 3;

/// A parsed method call: the receiver and the arguments by parameter position
/// (`None` where an optional argument was not given).
struct Call {
    /// The receiver.
    s: Rc<PyStr>,
    /// The arguments.
    args: [Option<Value>; MAX_ARGS],
}

impl Call {
    /// Argument `i`, if given.
    fn arg(&self, i: usize) -> Option<&Value> {
        self.args.get(i).and_then(Option::as_ref)
    }

    /// Argument `i`, which the signature made required.
    fn req(&self, i: usize) -> &Value {
        self.arg(i).unwrap_or(&Value::None)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Checks the receiver and the arguments of a call to method `name` against `sig`.
fn parse(vm: &Vm, a: &mut Args, name: &str, sig: Sig) -> PyResult<Call> {
    let s = receiver(vm, a, name)?;
    let n = a.pos.len().saturating_sub(1);
    if !a.kw.is_empty() && !matches!(sig, Sig::Keywords(_)) {
        return Err(type_error(format!(
            "str.{name}() takes no keyword arguments"
        )));
    }
    match sig {
        Sig::NoArgs => {
            if n > 0 {
                return Err(type_error(format!(
                    "str.{name}() takes no arguments ({n} given)"
                )));
            }
        }
        Sig::One => {
            if n != 1 {
                return Err(type_error(format!(
                    "str.{name}() takes exactly one argument ({n} given)"
                )));
            }
        }
        Sig::Positional(min, max) => check_positional(name, n, min, max)?,
        Sig::Tuple(min, max) => {
            if n < min {
                return Err(type_error(format!(
                    "{name}() takes at least {min} argument{} ({n} given)",
                    plural(min)
                )));
            }
            if n > max {
                return Err(type_error(format!(
                    "{name}() takes at most {max} argument{} ({n} given)",
                    plural(max)
                )));
            }
        }
        Sig::Keywords(names) => return parse_keywords(a, name, names, s),
    }
    let mut args: [Option<Value>; MAX_ARGS] = Default::default();
    for (slot, v) in args.iter_mut().zip(a.pos.iter_mut().skip(1)) {
        *slot = Some(std::mem::take(v));
    }
    Ok(Call { s, args })
}

/// The Argument Clinic arity check of a positional-only method (also `str.maketrans`).
fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// `_PyArg_UnpackKeywords` for methods whose parameters are all optional.
fn parse_keywords(a: &mut Args, name: &str, names: &[&str], s: Rc<PyStr>) -> PyResult<Call> {
    let n = a.pos.len().saturating_sub(1);
    let total = n + a.kw.len();
    if total > names.len() {
        let kind = if n == 0 { "keyword " } else { "" };
        let max = names.len();
        return Err(type_error(format!(
            "{name}() takes at most {max} {kind}argument{} ({total} given)",
            plural(max)
        )));
    }
    let mut args: [Option<Value>; MAX_ARGS] = Default::default();
    for (slot, v) in args.iter_mut().zip(a.pos.iter_mut().skip(1)) {
        *slot = Some(std::mem::take(v));
    }
    for (k, v) in std::mem::take(&mut a.kw) {
        let Some(i) = names.iter().position(|p| *p == k.as_str()) else {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for {name}()",
                k.as_str()
            )));
        };
        if i < n {
            return Err(type_error(format!(
                "argument for {name}() given by name ('{}') and position ({})",
                k.as_str(),
                i + 1
            )));
        }
        if let Some(slot) = args.get_mut(i) {
            *slot = Some(v);
        }
    }
    Ok(Call { s, args })
}

/// The `str` receiver of method `name`, with CPython's errors for a missing or
/// wrong-typed receiver of the unbound method (`str.upper()`, `str.upper(1)`).
fn receiver(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<PyStr>> {
    match a.pos.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            type_name(vm, other)
        ))),
        None => Err(type_error(format!(
            "unbound method str.{name}() needs an argument"
        ))),
    }
}

// ----- argument conversions ------------------------------------------------------------

/// A str argument; `err` builds the message of the `TypeError` from the type name.
fn str_arg(vm: &Vm, v: &Value, err: impl FnOnce(&str) -> String) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(type_error(err(&type_name(vm, other)))),
    }
}

/// A str argument that Argument Clinic converts: its error names `None` as `None`, not
/// `NoneType` (`replace() argument 1 must be str, not None`).
fn clinic_str_arg(vm: &Vm, v: &Value, func: &str, which: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(type_error(format!(
            "{func}() {which} must be str, not {}",
            super::ops::clinic_type_name(vm, other)
        ))),
    }
}

/// A `Py_ssize_t` argument (a width or a count).
fn ssize_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    super::builtins::int_arg(vm, v, "")
}

/// A C `int` argument (`expandtabs(tabsize)`, `splitlines(keepends)`, `chr`).
pub(crate) fn c_int_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let too_large = || overflow_error("Python int too large to convert to C int");
    match v {
        Value::BigInt(_) => Err(too_large()),
        _ => i32::try_from(ssize_arg(vm, v)?).map_err(|_| too_large()),
    }
}

/// A start/end argument of `find` and friends: `None` when absent or `None`; huge ints
/// are clamped, as CPython's `_PyEval_SliceIndex` does.
fn slice_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(b.get() as i64)),
        Some(Value::BigInt(b)) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        })),
        Some(_) => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// Results above this many bytes raise `MemoryError` instead of aborting the process.
const MAX_RESULT_BYTES: usize = 1 << 32;

/// Fails with `MemoryError` when a result would need `bytes` bytes (beyond the limit).
fn check_size(bytes: usize) -> PyResult<()> {
    if bytes > MAX_RESULT_BYTES {
        return Err(PyErr::with_args(ExcKind::MemoryError, Vec::new()));
    }
    Ok(())
}

// ----- code-point view -----------------------------------------------------------------

/// A string viewed by code-point index, with an ASCII fast path.
#[derive(Clone, Copy)]
struct Text<'a> {
    s: &'a str,
    len: usize,
    ascii: bool,
}

impl<'a> Text<'a> {
    fn new(p: &'a PyStr) -> Text<'a> {
        Text {
            s: p.as_str(),
            len: p.char_len(),
            ascii: p.is_ascii(),
        }
    }

    /// The byte offset of code point `i` (the end of the string when `i >= len`).
    fn byte(&self, i: usize) -> usize {
        if self.ascii {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// The number of code points before byte offset `b`.
    fn chars_before(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.s.get(..b).map_or(self.len, |p| p.chars().count())
        }
    }

    /// The code points `start..end`, which `span` has put in range.
    fn slice(&self, span: Span) -> &'a str {
        let (b0, b1) = (self.byte(span.start), self.byte(span.end));
        self.s.get(b0..b1).unwrap_or("")
    }

    /// Normalises `start`/`end` arguments with CPython's `ADJUST_INDICES`: negative values
    /// count from the end, `end` is clipped to the length; `start` may exceed it.
    fn span(&self, start: Option<i64>, end: Option<i64>) -> Span {
        let n = self.len as i64;
        let adjust = |i: i64| if i < 0 { (i + n).max(0) } else { i };
        let end = adjust(end.unwrap_or(n)).min(n) as usize;
        Span {
            start: adjust(start.unwrap_or(0)) as usize,
            end,
        }
    }
}

/// A range of code points from [`Text::span`]: `end <= len`, but `start` may be past
/// `end` (then nothing matches, not even the empty string).
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Whether a substring of `n` code points fits in the span.
    fn fits(&self, n: usize) -> bool {
        self.end >= self.start && self.end - self.start >= n
    }
}
