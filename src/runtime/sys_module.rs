//! The `sys` module: `argv`, `maxsize`, the recursion limit, `exit`,
//! `version_info`, and `stdout`/`stderr` objects whose `write` goes to the
//! engine's output (the host's sink) and to the process's standard error.
//! Names CPython's `sys` has and this one lacks raise NotImplementedError
//! (see `modules::missing_from_native_module`).

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use super::builtins::{register, register_method};
use super::class::{Class, Instance, TypeKind};
use super::exceptions::{ExcKind, PyErr, PyResult, type_error, value_error};
use super::ops::{self, type_name};
use super::value::{Args, Module, Value};
use crate::interp::Vm;

/// Which stream a `sys.stdout`/`sys.stderr` object writes to.
#[derive(Clone, Copy, PartialEq)]
enum Stream {
    Out,
    Err,
}

/// Builds the module.
pub fn sys_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("sys");
    // An engine given no arguments has `['']`, as an embedded CPython does.
    let mut argv: Vec<Value> = vm.argv.iter().map(|a| Value::str(a.as_str())).collect();
    if argv.is_empty() {
        argv.push(Value::str(""));
    }
    let _ = ops::dict_set_str(&m.dict, "argv", Value::list(argv));
    let _ = ops::dict_set_str(&m.dict, "maxsize", Value::Int(i64::MAX));
    let version = vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(0),
        Value::str("final"),
        Value::Int(0),
    ];
    let _ = ops::dict_set_str(&m.dict, "version_info", Value::tuple(version));
    let _ = ops::dict_set_str(&m.dict, "byteorder", Value::str("little"));
    let _ = ops::dict_set_str(&m.dict, "stdout", stream(vm, Stream::Out));
    let _ = ops::dict_set_str(&m.dict, "stderr", stream(vm, Stream::Err));
    register(&m.dict, "getrecursionlimit", sys_getrecursionlimit);
    register(&m.dict, "setrecursionlimit", sys_setrecursionlimit);
    register(&m.dict, "exit", sys_exit);
    m
}

/// The class of `sys.stdout` and `sys.stderr` (CPython's `_io.TextIOWrapper`).
fn stream_class(vm: &Vm) -> Rc<Class> {
    vm.types
        .iterators
        .borrow_mut()
        .entry("_io.TextIOWrapper")
        .or_insert_with(|| {
            let cls = super::types::new_class(
                "TextIOWrapper",
                TypeKind::User,
                vec![vm.types.object.clone()],
                "_io",
            );
            register_method(&cls, "TextIOWrapper", "write", stream_write);
            register_method(&cls, "TextIOWrapper", "flush", stream_flush);
            cls
        })
        .clone()
}

fn stream(vm: &Vm, which: Stream) -> Value {
    Value::Instance(Rc::new(Instance::new(
        stream_class(vm),
        None,
        Some(RefCell::new(Box::new(which))),
    )))
}

fn stream_of(v: &Value) -> Option<Stream> {
    let Value::Instance(i) = v else { return None };
    i.native
        .as_ref()?
        .borrow()
        .downcast_ref::<Stream>()
        .copied()
}

/// `stream.write(s)`: the number of characters written.
fn stream_write(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("write")?;
    let (Some(which), [_, text]) = (a.pos.first().and_then(stream_of), a.pos.as_slice()) else {
        return Err(type_error(format!(
            "write() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    };
    let Value::Str(s) = text else {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            type_name(vm, text)
        )));
    };
    match which {
        Stream::Out => vm.write_out(s.as_str())?,
        Stream::Err => {
            // Flush what the script printed first, so the two streams interleave
            // as written.
            vm.flush_out();
            let _ = std::io::stderr().write_all(s.as_str().as_bytes());
        }
    }
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("flush", 1, 1)?;
    vm.flush_out();
    Ok(Value::None)
}

fn sys_getrecursionlimit(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

/// `sys.setrecursionlimit(n)`: Python frames do not use the native stack, so any
/// limit is safe; native re-entry stays bounded by its own stack budget.
fn sys_setrecursionlimit(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("setrecursionlimit", 1, 1)?;
    let n = match &a.pos[0] {
        Value::Int(n) => *n,
        Value::Bool(b) => i64::from(b.get()),
        Value::BigInt(_) => {
            return Err(super::exceptions::overflow_error(
                "Python int too large to convert to C int",
            ));
        }
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, other)
            )));
        }
    };
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    if n > i64::from(i32::MAX) {
        return Err(super::exceptions::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

/// `sys.exit(code=None)`: raises SystemExit.
fn sys_exit(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("exit")?;
    a.check("exit", 0, 1)?;
    Err(PyErr::with_args(ExcKind::SystemExit, a.pos.clone()))
}
