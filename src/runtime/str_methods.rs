//! Methods of `str`. Each native function takes the receiver as its first argument.

use super::builtins::register_method;
use super::exceptions::{type_error, PyResult};
use super::ops::{self, type_name};
use super::value::{Args, NativeFn, Value};
use crate::interp::Vm;
use crate::receiver;

/// Installs the `str` methods.
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[("join", str_join)];
    for &(n, f) in methods {
        register_method(&vm.types.str_, "str", n, f);
    }
}

fn str_join(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("join", 2, 2)?;
    let sep = receiver!(a, Str, "str", "join");
    let items = ops::collect_iterable(vm, &a.pos[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match it {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(vm, other)
                )))
            }
        }
    }
    Ok(Value::str(out))
}
