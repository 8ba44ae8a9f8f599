//! Generic operations on values: what the interpreter calls when its inline fast
//! paths do not apply. Each function follows CPython's semantics and error messages.

use crate::interp::generators::{GenInput, GenOutput};
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::class_ops;
use super::dict::DictTable;
use super::exceptions::{
    PyResult, attribute_error, index_error, key_error, overflow_error, type_error, value_error,
    zero_division,
};
use super::iter::{DictPart, IterState};
use super::numeric;
use super::value::{Dict, PyStr, Value};
use crate::compiler::bytecode::{BIN_OPS, Cmp, Instr};
use crate::interp::Vm;
#[allow(unused_imports)]
use crate::runtime::value::{B64, F64};
use crate::syntax::ast::BinOp;

// ----- type names and truth ----------------------------------------------------------

/// The name of a value's type as CPython prints it in messages (`'int'`, `'NoneType'`).
pub fn type_name(vm: &Vm, v: &Value) -> String {
    vm.class_of(v).name.as_str().to_string()
}

/// The name of a value's type in the messages of arguments CPython's Argument
/// Clinic converts, which name `None` itself (`heappush() argument 1 must be
/// list, not None`).
pub fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        _ => type_name(vm, v),
    }
}

/// `bool(v)`.
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Undef | Value::None => false,
        Value::Bool(b) => b.get(),
        Value::Int(i) => *i != 0,
        Value::Float(f) => f.get() != 0.0,
        Value::BigInt(_) => true,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::List(l) => !l.items.borrow().is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        Value::Dict(d) => !d.table.borrow().is_empty(),
        Value::Set(s) => !s.table.borrow().is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::Instance(_) => return class_ops::instance_truthy(vm, v),
        _ => true,
    })
}

// ----- repr and str --------------------------------------------------------------------

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let mut out = String::new();
    repr_into(vm, v, &mut out, 0)?;
    Ok(out)
}

/// `str(v)`.
pub fn to_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Instance(_) => class_ops::instance_str(vm, v),
        _ => repr(vm, v),
    }
}

/// A repr that needs no interpreter (constants in the disassembler).
pub fn debug_repr(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => numeric::float_repr(f.get()),
        Value::Str(s) => numeric::str_repr(s.as_str()),
        Value::Tuple(t) => {
            let parts: Vec<String> = t.items.iter().map(debug_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        _ => "<object>".into(),
    }
}

fn repr_into(vm: &mut Vm, v: &Value, out: &mut String, depth: usize) -> PyResult<()> {
    // Each nesting level counts toward the recursion limit, as CPython's
    // `Py_EnterRecursiveCall` does; the native stack is the hard bound.
    if depth + vm.frames.len() >= vm.recursion_limit || vm.native_stack_exhausted() {
        return Err(super::exceptions::recursion_error(
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    match v {
        Value::Undef => out.push_str("<undefined>"),
        Value::None => out.push_str("None"),
        Value::Bool(b) => out.push_str(if b.get() { "True" } else { "False" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::BigInt(b) => out.push_str(&numeric::int_to_decimal(b).map_err(num_err)?),
        Value::Float(f) => out.push_str(&numeric::float_repr(f.get())),
        Value::Str(s) => out.push_str(&numeric::str_repr(s.as_str())),
        Value::List(l) => {
            if vm_repr_enter(vm, v) {
                out.push_str("[...]");
                return Ok(());
            }
            let items = l.items.borrow().clone();
            out.push('[');
            let r = seq_repr(vm, &items, out, depth);
            vm_repr_leave(vm);
            r?;
            out.push(']');
        }
        Value::Tuple(t) => {
            out.push('(');
            seq_repr(vm, &t.items, out, depth)?;
            if t.items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Dict(d) => {
            if vm_repr_enter(vm, v) {
                out.push_str("{...}");
                return Ok(());
            }
            let entries: Vec<(Value, Value)> = d
                .table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            out.push('{');
            let mut r = Ok(());
            for (i, (k, val)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                r = repr_into(vm, k, out, depth + 1);
                if r.is_err() {
                    break;
                }
                out.push_str(": ");
                r = repr_into(vm, val, out, depth + 1);
                if r.is_err() {
                    break;
                }
            }
            vm_repr_leave(vm);
            r?;
            out.push('}');
        }
        Value::Set(s) => {
            let items = s.table.borrow().keys();
            if items.is_empty() {
                out.push_str("set()");
            } else {
                out.push('{');
                seq_repr(vm, &items, out, depth)?;
                out.push('}');
            }
        }
        Value::Range(r) => out.push_str(&r.repr()),
        Value::Slice(s) => {
            out.push_str("slice(");
            repr_into(vm, &s.start, out, depth + 1)?;
            out.push_str(", ");
            repr_into(vm, &s.stop, out, depth + 1)?;
            out.push_str(", ");
            repr_into(vm, &s.step, out, depth + 1)?;
            out.push(')');
        }
        Value::Function(f) => out.push_str(&format!(
            "<function {} at {:#x}>",
            f.display_qualname().as_str(),
            Rc::as_ptr(f) as *const () as usize
        )),
        Value::Builtin(b) => match (&b.bound, b.owner) {
            (Some(recv), Some(owner)) => {
                let addr = recv.heap_addr().unwrap_or(0);
                out.push_str(&format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name, owner, addr
                ))
            }
            _ => out.push_str(&format!("<built-in function {}>", b.name)),
        },
        Value::BoundMethod(m) => {
            let fname = match &m.func {
                Value::Function(f) => f.display_qualname().as_str().to_string(),
                other => type_name(vm, other),
            };
            let recv = repr(vm, &m.receiver)?;
            out.push_str(&format!("<bound method {fname} of {recv}>"));
        }
        Value::Module(m) => out.push_str(&format!("<module '{}'>", m.name.as_str())),
        Value::Iter(it) => {
            let name = it.borrow().type_name();
            out.push_str(&format!(
                "<{} object at {:#x}>",
                name,
                v.heap_addr().unwrap_or(0)
            ))
        }
        Value::Class(c) => {
            let module = c.module_name();
            if module == "builtins" {
                out.push_str(&format!("<class '{}'>", c.qualname()))
            } else {
                out.push_str(&format!("<class '{module}.{}'>", c.qualname()))
            }
        }
        Value::Instance(_) => out.push_str(&class_ops::instance_repr(vm, v)?),
    }
    Ok(())
}

thread_local! {
    // Containers whose repr is in progress (for `[...]` on self-reference).
    static REPR_STACK: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn vm_repr_enter(_vm: &Vm, v: &Value) -> bool {
    let addr = v.heap_addr().unwrap_or(0);
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&addr) {
            true
        } else {
            s.push(addr);
            false
        }
    })
}

fn vm_repr_leave(_vm: &Vm) {
    REPR_STACK.with(|s| {
        s.borrow_mut().pop();
    });
}

fn seq_repr(vm: &mut Vm, items: &[Value], out: &mut String, depth: usize) -> PyResult<()> {
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(vm, it, out, depth + 1)?;
    }
    Ok(())
}

// ----- hashing and equality -----------------------------------------------------------

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::None => 0x5f3759df,
        Value::Bool(b) => b.get() as i64,
        Value::Int(i) => numeric::hash_i64(*i),
        Value::BigInt(b) => numeric::hash_int(b),
        Value::Float(f) => numeric::hash_float(f.get()),
        Value::Str(s) => s.hash(),
        Value::Tuple(t) => tuple_hash(&t.items, |x| hash(vm, x))?,
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
            return Err(type_error(format!(
                "unhashable type: '{}'",
                type_name(vm, v)
            )));
        }
        Value::Instance(_) => return class_ops::instance_hash(vm, v),
        Value::Range(r) => return range_hash(vm, r),
        // Equal bound methods (same receiver, same function) hash alike.
        Value::BoundMethod(m) => identity_hash(vm, &m.receiver)? ^ identity_hash(vm, &m.func)?,
        Value::Builtin(b) if b.bound.is_some() => {
            let recv = b.bound.clone().unwrap_or_default();
            identity_hash(vm, &recv)? ^ (b.func as usize >> 4) as i64
        }
        _ => (v.heap_addr().unwrap_or(0) >> 4) as i64,
    })
}

/// The hash of an object by identity (its value for the inline kinds).
fn identity_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v.heap_addr() {
        Some(a) => Ok((a >> 4) as i64),
        Option::None => hash(vm, v),
    }
}

/// `hash(range)`: CPython's `range_hash`, the hash of `(len, start, step)` with
/// `None` for what equality ignores, so equal ranges hash alike.
fn range_hash(vm: &mut Vm, r: &super::value::Range) -> PyResult<i64> {
    let len = Value::from_bigint(r.len_big());
    let items = match len {
        Value::Int(0) => vec![len, Value::None, Value::None],
        Value::Int(1) => vec![len, r.start_value(), Value::None],
        _ => vec![len, r.start_value(), r.step_value()],
    };
    tuple_hash(&items, |x| hash(vm, x))
}

/// CPython's xxHash-based tuple hash, given a hash for the items.
fn tuple_hash<E>(
    items: &[Value],
    mut item_hash: impl FnMut(&Value) -> Result<i64, E>,
) -> Result<i64, E> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for item in items {
        let lane = item_hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    Ok(if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    })
}

/// The hash of a constant (`None`, bool, int, float, str, or a tuple of these), which
/// needs no interpreter; `None` for any other value. Used to fold constant sets.
pub fn const_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0x5f3759df,
        Value::Bool(b) => b.get() as i64,
        Value::Int(i) => numeric::hash_i64(*i),
        Value::BigInt(b) => numeric::hash_int(b),
        Value::Float(f) => numeric::hash_float(f.get()),
        Value::Str(s) => s.hash(),
        Value::Tuple(t) => tuple_hash(&t.items, |x| const_hash(x).ok_or(())).ok()?,
        _ => return None,
    })
}

/// `a == b` as containers compare their items: identity first (so an object equals
/// itself even if its `__eq__` says otherwise), then `==`.
pub fn eq_or_identical(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    // Floats are values here: a bitwise-equal float is taken to be the same object,
    // so `x in [x]` holds for a NaN `x` as in CPython.
    if a.is(b) {
        return Ok(true);
    }
    eq(vm, a, b)
}

/// `a == b` as a bool.
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = super::dict::fast_key_eq(a, b) {
        return Ok(r);
    }
    match (a, b) {
        (Value::List(x), Value::List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            let (x, y) = (x.items.borrow().clone(), y.items.borrow().clone());
            seq_eq(vm, &x, &y)
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(vm, &x.items, &y.items),
        (Value::Dict(x), Value::Dict(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            let xs: Vec<(Value, Value)> = x
                .table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            if xs.len() != y.table.borrow().len() {
                return Ok(false);
            }
            for (k, v) in xs {
                match dict_get(vm, y, &k)? {
                    Some(v2) => {
                        if !eq(vm, &v, &v2)? {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
            Ok(true)
        }
        (Value::Set(x), Value::Set(y)) => {
            if x.table.borrow().len() != y.table.borrow().len() {
                return Ok(false);
            }
            let keys = x.table.borrow().keys();
            for k in keys {
                if !set_contains(vm, y, &k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        (Value::Range(x), Value::Range(y)) => Ok(x.same_elements(y)),
        (Value::Instance(_), _) | (_, Value::Instance(_)) => class_ops::instance_eq(vm, a, b),
        _ => Ok(a.is(b)),
    }
}

fn seq_eq(vm: &mut Vm, x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (p, q) in x.iter().zip(y) {
        if !eq_or_identical(vm, p, q)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Compares an i64 with an f64 exactly (no rounding of large ints).
pub fn cmp_int_float(cmp: Cmp, i: i64, f: f64) -> bool {
    if f.is_nan() {
        return cmp == Cmp::Ne;
    }
    let ord = if f.is_infinite() {
        if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        }
    } else if (i.unsigned_abs()) < (1u64 << 53) {
        (i as f64).partial_cmp(&f).unwrap_or(Ordering::Equal)
    } else {
        let fl = f.floor();
        match BigInt::from(i).cmp(&numeric::float_to_bigint(fl).unwrap_or_default()) {
            Ordering::Equal if fl != f => Ordering::Less,
            o => o,
        }
    };
    cmp.test(ord)
}

fn num_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    use Value as V;
    let as_big = |v: &Value| -> Option<BigInt> { v.to_bigint() };
    Some(match (a, b) {
        (V::Int(_) | V::Bool(_), V::Int(_) | V::Bool(_)) => a.as_i64()?.partial_cmp(&b.as_i64()?),
        (V::Float(x), V::Float(y)) => x.get().partial_cmp(&y.get()),
        (V::Int(_) | V::Bool(_) | V::BigInt(_), V::Int(_) | V::Bool(_) | V::BigInt(_)) => {
            as_big(a)?.partial_cmp(&as_big(b)?)
        }
        (V::Int(_) | V::Bool(_) | V::BigInt(_), V::Float(y)) => int_float_ord(&as_big(a)?, y.get()),
        (V::Float(x), V::Int(_) | V::Bool(_) | V::BigInt(_)) => {
            int_float_ord(&as_big(b)?, x.get()).map(|o| o.reverse())
        }
        _ => return None,
    })
}

fn int_float_ord(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = numeric::float_to_bigint(fl).ok()?;
    Some(match i.cmp(&fb) {
        Ordering::Equal if fl != f => Ordering::Less,
        o => o,
    })
}

/// Rich comparison `a op b`.
pub fn compare(vm: &mut Vm, cmp: Cmp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(ord) = num_cmp(a, b) {
        return Ok(Value::bool(match ord {
            Some(o) => cmp.test(o),
            None => cmp == Cmp::Ne,
        }));
    }
    match cmp {
        // An instance's `__eq__`/`__ne__` result is returned as is (not made a bool).
        Cmp::Eq | Cmp::Ne if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) => {
            return class_ops::instance_compare(vm, cmp, a, b);
        }
        Cmp::Eq => return Ok(Value::bool(eq(vm, a, b)?)),
        Cmp::Ne => return Ok(Value::bool(!eq(vm, a, b)?)),
        _ => {}
    }
    let ord = match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.items.borrow().clone(), y.items.borrow().clone());
            return seq_compare(vm, cmp, &x, &y);
        }
        (Value::Tuple(x), Value::Tuple(y)) => return seq_compare(vm, cmp, &x.items, &y.items),
        (Value::Set(_), Value::Set(_)) => return set_compare(vm, cmp, a, b),
        (Value::Instance(_), _) | (_, Value::Instance(_)) => {
            return class_ops::instance_compare(vm, cmp, a, b);
        }
        _ => {
            return Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmp.symbol(),
                type_name(vm, a),
                type_name(vm, b)
            )));
        }
    };
    Ok(Value::bool(cmp.test(ord)))
}

fn seq_compare(vm: &mut Vm, cmp: Cmp, x: &[Value], y: &[Value]) -> PyResult<Value> {
    for (p, q) in x.iter().zip(y) {
        if p.is(q) && !matches!(p, Value::Float(_)) {
            continue;
        }
        // Fast path for the common element types.
        match (p, q) {
            (Value::Int(a), Value::Int(b)) => {
                if a != b {
                    return Ok(Value::bool(cmp.test(a.cmp(b))));
                }
                continue;
            }
            (Value::Str(a), Value::Str(b)) => {
                if a.as_str() != b.as_str() {
                    return Ok(Value::bool(cmp.test(a.as_str().cmp(b.as_str()))));
                }
                continue;
            }
            _ => {}
        }
        if !eq(vm, p, q)? {
            return compare(vm, cmp, p, q);
        }
    }
    Ok(Value::bool(cmp.test(x.len().cmp(&y.len()))))
}

fn set_compare(vm: &mut Vm, cmp: Cmp, a: &Value, b: &Value) -> PyResult<Value> {
    let (Value::Set(x), Value::Set(y)) = (a, b) else {
        return Ok(Value::bool(false));
    };
    let subset =
        |vm: &mut Vm, p: &Rc<super::value::Set>, q: &Rc<super::value::Set>| -> PyResult<bool> {
            let keys = p.table.borrow().keys();
            for k in keys {
                if !set_contains(vm, q, &k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
    let (lx, ly) = (x.table.borrow().len(), y.table.borrow().len());
    Ok(Value::bool(match cmp {
        Cmp::Le => subset(vm, x, y)?,
        Cmp::Lt => lx < ly && subset(vm, x, y)?,
        Cmp::Ge => subset(vm, y, x)?,
        Cmp::Gt => lx > ly && subset(vm, y, x)?,
        Cmp::Eq => eq(vm, a, b)?,
        Cmp::Ne => !eq(vm, a, b)?,
    }))
}

/// `a < b` as a bool (used by sorting, `min`, `heapq`).
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x.get() < y.get()),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        // Tuples (heap entries such as `(priority, item)`): element by element.
        (Value::Tuple(x), Value::Tuple(y)) => {
            // Leading ints (`(priority, item)` entries) decide without the generic
            // element compare; the first pair that is not two ints goes to it.
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match (p, q) {
                    (Value::Int(p), Value::Int(q)) if p == q => {}
                    (Value::Int(p), Value::Int(q)) => return Ok(p < q),
                    _ => {
                        return match seq_compare(vm, Cmp::Lt, &x.items, &y.items)? {
                            Value::Bool(r) => Ok(r.get()),
                            r => truthy(vm, &r),
                        };
                    }
                }
            }
            Ok(x.items.len() < y.items.len())
        }
        _ => {
            let r = compare(vm, Cmp::Lt, a, b)?;
            truthy(vm, &r)
        }
    }
}

// ----- arithmetic ------------------------------------------------------------------------

enum Num {
    I(BigInt),
    F(f64),
}

fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::I(BigInt::from(*i))),
        Value::Bool(b) => Some(Num::I(BigInt::from(b.get() as i64))),
        Value::BigInt(b) => Some(Num::I((**b).clone())),
        Value::Float(f) => Some(Num::F(f.get())),
        _ => None,
    }
}

fn unsupported(
    vm: &Vm,
    op: BinOp,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> super::exceptions::PyErr {
    let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
    // Sequences word their errors the way CPython's sq_concat / sq_repeat do.
    if op == BinOp::Add && is_seq(a) {
        let t = type_name(vm, a);
        return type_error(format!(
            "can only concatenate {t} (not \"{}\") to {t}",
            type_name(vm, b)
        ));
    }
    if op == BinOp::Mult && (is_seq(a) || is_seq(b)) {
        let other = if is_seq(a) { b } else { a };
        if matches!(other, Value::BigInt(_)) {
            return super::exceptions::PyErr::new(
                super::exceptions::ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            );
        }
        return type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(vm, other)
        ));
    }
    let sym = match op {
        _ if inplace => format!("{}=", op.symbol()),
        BinOp::Pow => "** or pow()".to_string(),
        o => o.symbol().to_string(),
    };
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name(vm, a),
        type_name(vm, b)
    ))
}

/// `a op b` (and `a op= b` when `inplace`).
pub fn binary_op(vm: &mut Vm, op: u32, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let op = BIN_OPS[op as usize];
    // bool & | ^ bool stays a bool.
    if let (Value::Bool(x), Value::Bool(y)) = (&a, &b) {
        let (x, y) = (x.get(), y.get());
        match op {
            BinOp::BitAnd => return Ok(Value::bool(x & y)),
            BinOp::BitOr => return Ok(Value::bool(x | y)),
            BinOp::BitXor => return Ok(Value::bool(x ^ y)),
            _ => {}
        }
    }
    // Small ints: the checked forms (overflow promotes).
    if let (Some(x), Some(y)) = (small_int(&a), small_int(&b))
        && let Some(r) = int_op_small(op, x, y)?
    {
        return Ok(r);
    }
    if let (Some(x), Some(y)) = (as_num(&a), as_num(&b)) {
        let bitwise = matches!(
            op,
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift
        );
        if bitwise && (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_))) {
            return Err(unsupported(vm, op, &a, &b, inplace));
        }
        return num_op(op, x, y);
    }
    match (&a, &b, op) {
        (Value::Str(x), Value::Str(y), BinOp::Add) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            return Ok(Value::str(s));
        }
        (Value::Str(s), n, BinOp::Mult) | (n, Value::Str(s), BinOp::Mult)
            if small_int(n).is_some() =>
        {
            let k = small_int(n).unwrap_or(0).max(0) as usize;
            repeat_len(s.as_str().len(), k, true)?;
            return Ok(Value::str(s.as_str().repeat(k)));
        }
        (Value::List(x), Value::List(y), BinOp::Add) => {
            if inplace {
                let extra = y.items.borrow().clone();
                x.items.borrow_mut().extend(extra);
                return Ok(a.clone());
            }
            let mut v = x.items.borrow().clone();
            v.extend(y.items.borrow().iter().cloned());
            return Ok(Value::list(v));
        }
        (Value::List(x), other, BinOp::Add) if inplace => {
            let items = collect_iterable(vm, other)?;
            x.items.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
            let mut v = x.items.to_vec();
            v.extend(y.items.iter().cloned());
            return Ok(Value::tuple(v));
        }
        (Value::List(l), n, BinOp::Mult) | (n, Value::List(l), BinOp::Mult)
            if small_int(n).is_some() =>
        {
            let k = small_int(n).unwrap_or(0).max(0) as usize;
            let items = l.items.borrow().clone();
            repeat_len(items.len(), k, false)?;
            if inplace && let Value::List(target) = &a {
                let mut out = Vec::with_capacity(items.len() * k);
                for _ in 0..k {
                    out.extend(items.iter().cloned());
                }
                *target.items.borrow_mut() = out;
                return Ok(a.clone());
            }
            let mut out = Vec::with_capacity(items.len() * k);
            for _ in 0..k {
                out.extend(items.iter().cloned());
            }
            return Ok(Value::list(out));
        }
        (Value::Tuple(t), n, BinOp::Mult) | (n, Value::Tuple(t), BinOp::Mult)
            if small_int(n).is_some() =>
        {
            let k = small_int(n).unwrap_or(0).max(0) as usize;
            let mut out = Vec::with_capacity(repeat_len(t.items.len(), k, false)?);
            for _ in 0..k {
                out.extend(t.items.iter().cloned());
            }
            return Ok(Value::tuple(out));
        }
        (
            Value::Set(_),
            Value::Set(_),
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
        ) => {
            return super::builtins::set_binop(vm, op, &a, &b, inplace);
        }
        (Value::Dict(x), Value::Dict(y), BinOp::BitOr) => {
            let target = if inplace {
                x.clone()
            } else {
                Rc::new(Dict {
                    table: std::cell::RefCell::new(x.table.borrow().clone()),
                })
            };
            let entries: Vec<(Value, Value)> = y
                .table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (k, v) in entries {
                dict_set(vm, &target, k, v)?;
            }
            return Ok(Value::Dict(target));
        }
        (Value::Instance(_), _, _) | (_, Value::Instance(_), _) => {
            if let Some(r) = class_ops::instance_binop(vm, op, &a, &b, inplace)? {
                return Ok(r);
            }
        }
        _ => {}
    }
    if op == BinOp::Mod
        && let Value::Str(fmt) = &a
    {
        return super::percent_format::percent_format(vm, fmt.as_str(), &b);
    }
    Err(unsupported(vm, op, &a, &b, inplace))
}

#[inline]
fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(b.get() as i64),
        _ => None,
    }
}

fn int_op_small(op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
    Ok(Some(match op {
        BinOp::Add => Value::from_i128(x as i128 + y as i128),
        BinOp::Sub => Value::from_i128(x as i128 - y as i128),
        BinOp::Mult => Value::from_i128(x as i128 * y as i128),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(zero_division("integer division or modulo by zero"));
            }
            Value::from_i128(Integer::div_floor(&(x as i128), &(y as i128)))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(zero_division("integer modulo by zero"));
            }
            Value::from_i128((x as i128).mod_floor(&(y as i128)))
        }
        BinOp::Div => {
            if y == 0 {
                return Err(zero_division("division by zero"));
            }
            Value::float(
                numeric::int_true_div(&BigInt::from(x), &BigInt::from(y)).map_err(num_err)?,
            )
        }
        BinOp::BitAnd => Value::Int(x & y),
        BinOp::BitOr => Value::Int(x | y),
        BinOp::BitXor => Value::Int(x ^ y),
        BinOp::LShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            if x == 0 {
                Value::Int(0)
            } else if y < 63 && (x.unsigned_abs() as u128) << y < (1u128 << 63) {
                Value::Int(x << y)
            } else {
                if y > 1 << 32 {
                    return Err(overflow_error("too many digits in integer"));
                }
                Value::from_bigint(BigInt::from(x) << (y as usize))
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            Value::Int(if y >= 64 {
                if x < 0 { -1 } else { 0 }
            } else {
                x >> y
            })
        }
        BinOp::Pow => {
            if y < 0 {
                return Ok(Some(Value::float(
                    numeric::float_pow(x as f64, y as f64).map_err(num_err)?,
                )));
            }
            match numeric::int_pow_i64(x, y).map_err(num_err)? {
                numeric::IntPow::Small(v) => Value::Int(v),
                numeric::IntPow::Big(b) => Value::from_bigint(b),
                numeric::IntPow::Float(f) => Value::float(f),
            }
        }
        BinOp::MatMult => return Ok(None),
    }))
}

/// Converts a numeric-helper error into a Python exception.
pub fn num_err(e: numeric::NumError) -> super::exceptions::PyErr {
    match e {
        numeric::NumError::ZeroDivision(m) => zero_division(m),
        numeric::NumError::Overflow(m) => overflow_error(m),
        numeric::NumError::Value(m) => value_error(m),
        numeric::NumError::Memory => memory_error(),
    }
}

/// Results larger than this many items (or bytes of text) raise `MemoryError`
/// instead of being attempted: a script cannot make the process abort.
pub const MAX_BUILD: usize = 1 << 32;

/// `MemoryError()`.
pub fn memory_error() -> super::exceptions::PyErr {
    super::exceptions::PyErr::with_args(super::exceptions::ExcKind::MemoryError, vec![])
}

/// The length of `len` items repeated `k` times, or CPython's error: a str too
/// long to address is an OverflowError; anything larger than [`MAX_BUILD`] (or a
/// list or tuple too long to address) is a MemoryError.
fn repeat_len(len: usize, k: usize, is_str: bool) -> PyResult<usize> {
    match len.checked_mul(k).filter(|&t| t <= isize::MAX as usize) {
        None if is_str => Err(overflow_error("repeated string is too long")),
        Some(t) if t <= MAX_BUILD => Ok(t),
        _ => Err(memory_error()),
    }
}

fn num_op(op: BinOp, a: Num, b: Num) -> PyResult<Value> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => big_int_op(op, x, y),
        (x, y) => {
            let fx = match x {
                Num::F(f) => f,
                Num::I(i) => numeric::bigint_to_f64(&i).map_err(num_err)?,
            };
            let fy = match y {
                Num::F(f) => f,
                Num::I(i) => numeric::bigint_to_f64(&i).map_err(num_err)?,
            };
            float_binop(op, fx, fy)
        }
    }
}

/// Float arithmetic with Python's errors.
pub fn float_binop(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => numeric::float_floordiv(x, y).map_err(num_err)?,
        BinOp::Mod => numeric::float_mod(x, y).map_err(num_err)?,
        BinOp::Pow => match numeric::float_pow(x, y) {
            Ok(v) => v,
            Err(numeric::NumError::Value(m)) if m == "complex" => {
                return Err(super::exceptions::not_implemented(
                    "complex numbers are not supported",
                ));
            }
            Err(e) => return Err(num_err(e)),
        },
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            )));
        }
    }))
}

fn big_int_op(op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(x + y),
        BinOp::Sub => Value::from_bigint(x - y),
        BinOp::Mult => Value::from_bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            Value::from_bigint(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            Value::from_bigint(x.mod_floor(&y))
        }
        BinOp::Div => Value::float(numeric::int_true_div(&x, &y).map_err(num_err)?),
        BinOp::BitAnd => Value::from_bigint(x & y),
        BinOp::BitOr => Value::from_bigint(x | y),
        BinOp::BitXor => Value::from_bigint(x ^ y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = y
                .to_usize()
                .filter(|s| *s < (1 << 32))
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            Value::from_bigint(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => Value::from_bigint(x >> s),
                None => Value::Int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let fx = numeric::bigint_to_f64(&x).map_err(num_err)?;
                let fy = numeric::bigint_to_f64(&y).map_err(num_err)?;
                return float_binop(BinOp::Pow, fx, fy);
            }
            match numeric::int_pow_big(&x, &y).map_err(num_err)? {
                numeric::IntPow::Small(v) => Value::Int(v),
                numeric::IntPow::Big(b) => Value::from_bigint(b),
                numeric::IntPow::Float(f) => Value::float(f),
            }
        }
        BinOp::MatMult => {
            return Err(type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ));
        }
    })
}

/// `-v`.
pub fn unary_neg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match &v {
        Value::Int(i) => Ok(Value::from_i128(-(*i as i128))),
        Value::Bool(b) => Ok(Value::Int(-(b.get() as i64))),
        Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
        Value::Float(f) => Ok(Value::float(-f.get())),
        Value::Instance(_) => class_ops::instance_unary(vm, "__neg__", &v, "-"),
        _ => Err(type_error(format!(
            "bad operand type for unary -: '{}'",
            type_name(vm, &v)
        ))),
    }
}

/// `+v`.
pub fn unary_pos(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match &v {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Instance(_) => class_ops::instance_unary(vm, "__pos__", &v, "+"),
        _ => Err(type_error(format!(
            "bad operand type for unary +: '{}'",
            type_name(vm, &v)
        ))),
    }
}

/// `~v`.
pub fn unary_invert(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match &v {
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::Bool(b) => Ok(Value::Int(!(b.get() as i64))),
        Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
        Value::Instance(_) => class_ops::instance_unary(vm, "__invert__", &v, "~"),
        _ => Err(type_error(format!(
            "bad operand type for unary ~: '{}'",
            type_name(vm, &v)
        ))),
    }
}

// ----- containers ----------------------------------------------------------------------------

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
            _ => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(vm, item)
            ))),
        },
        Value::List(l) => {
            let n = l.items.borrow().len();
            for i in 0..n {
                let x = match l.items.borrow().get(i) {
                    Some(x) => x.clone(),
                    None => break,
                };
                if eq_or_identical(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in t.items.iter() {
                if eq_or_identical(vm, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Dict(d) => Ok(dict_get(vm, d, item)?.is_some()),
        Value::Set(s) => set_contains(vm, s, item),
        Value::Range(r) => Ok(match (&**r, item) {
            (&super::value::Range::Small { start, stop, step }, Value::Int(_) | Value::Bool(_)) => {
                let i = item.as_i64().unwrap_or(0);
                let in_bounds = if step > 0 {
                    i >= start && i < stop
                } else {
                    i <= start && i > stop
                };
                in_bounds && (i128::from(i) - i128::from(start)) % i128::from(step) == 0
            }
            // Every element of a small range fits i64.
            (super::value::Range::Small { .. }, Value::BigInt(_)) => false,
            (_, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                r.contains_int(&item.to_bigint().unwrap_or_default())
            }
            (_, Value::Float(f)) => {
                let f = f.get();
                f.is_finite()
                    && f.fract() == 0.0
                    && num_traits::FromPrimitive::from_f64(f)
                        .is_some_and(|i: BigInt| r.contains_int(&i))
            }
            _ => false,
        }),
        Value::Instance(_) => class_ops::instance_contains(vm, container, item),
        Value::Iter(_) => {
            while let Some(x) = iter_next(vm, container)? {
                if eq_or_identical(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(vm, container)
        ))),
    }
}

/// An index argument as i64 (ints and bools; `__index__` is not in the subset).
pub fn index_value(vm: &Vm, v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(_) => Err(index_error(
            "cannot fit 'int' into an index-sized integer".to_string(),
        )),
        // CPython 3.11 words the str case differently from the other sequences.
        _ if what == "string" => Err(type_error(format!(
            "string indices must be integers, not '{}'",
            type_name(vm, v)
        ))),
        _ => Err(type_error(format!(
            "{what} indices must be integers or slices, not {}",
            type_name(vm, v)
        ))),
    }
}

/// Resolves a slice against a sequence length: (start, stop, step, count).
pub fn slice_indices(
    vm: &Vm,
    s: &super::value::Slice,
    len: i64,
) -> PyResult<(i64, i64, i64, usize)> {
    let get = |v: &Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(b.get() as i64)),
            Value::BigInt(b) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
            _ => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    let _ = vm;
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) => {
                if i < 0 {
                    (i.saturating_add(len)).max(lower)
                } else {
                    i.min(upper)
                }
            }
        }
    };
    let start = norm(get(&s.start)?, if step < 0 { upper } else { lower });
    let stop = norm(get(&s.stop)?, if step < 0 { lower } else { upper });
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

fn slice_of<T: Clone>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

/// `container[key]`.
pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    match container {
        Value::List(l) => match key {
            Value::Slice(s) => {
                let items = l.items.borrow();
                let (start, _, step, n) = slice_indices(vm, s, items.len() as i64)?;
                Ok(Value::list(slice_of(&items, start, step, n)))
            }
            _ => {
                let i = index_value(vm, key, "list")?;
                let items = l.items.borrow();
                let n = items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(index_error("list index out of range"));
                }
                Ok(items[j as usize].clone())
            }
        },
        Value::Tuple(t) => match key {
            Value::Slice(s) => {
                let (start, _, step, n) = slice_indices(vm, s, t.items.len() as i64)?;
                Ok(Value::tuple(slice_of(&t.items, start, step, n)))
            }
            _ => {
                let i = index_value(vm, key, "tuple")?;
                let n = t.items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(index_error("tuple index out of range"));
                }
                Ok(t.items[j as usize].clone())
            }
        },
        Value::Str(s) => match key {
            Value::Slice(sl) => {
                let (start, _, step, n) = slice_indices(vm, sl, s.char_len() as i64)?;
                if s.is_ascii() {
                    let b = s.as_str().as_bytes();
                    if step == 1 {
                        return Ok(Value::str(&s.as_str()[start as usize..start as usize + n]));
                    }
                    let picked: Vec<u8> = slice_of(b, start, step, n);
                    return Ok(Value::str(String::from_utf8(picked).unwrap_or_default()));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                Ok(Value::str(
                    slice_of(&chars, start, step, n)
                        .into_iter()
                        .collect::<String>(),
                ))
            }
            _ => {
                let i = index_value(vm, key, "string")?;
                let n = s.char_len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(index_error("string index out of range"));
                }
                Ok(vm.char_value(s.char_at(j as usize)))
            }
        },
        Value::Dict(d) => match dict_get(vm, d, key)? {
            Some(v) => Ok(v),
            None => Err(key_error(key.clone())),
        },
        Value::Range(r) => range_getitem(vm, r, key),
        Value::Instance(_) => class_ops::instance_getitem(vm, container, key),
        Value::Class(c) if c.kind != super::class::TypeKind::User => {
            // `list[int]` in annotations evaluated at run time: an alias that
            // prints as written.
            super::typing_module::generic_alias(vm, c.name.as_str(), key)
        }
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(vm, container)
        ))),
    }
}

/// `r[key]` for a range: an element, or (for a slice) a range (CPython's
/// `compute_slice`: the slice's indices mapped through the range).
fn range_getitem(vm: &mut Vm, r: &super::value::Range, key: &Value) -> PyResult<Value> {
    use super::value::Range;
    let small_key = |v: &Value| matches!(v, Value::None | Value::Int(_) | Value::Bool(_));
    match (r, key) {
        (&Range::Small { start, step, .. }, Value::Slice(s))
            if small_key(&s.start) && small_key(&s.stop) && small_key(&s.step) =>
        {
            let n = r.len_i64().unwrap_or(0);
            let (i, j, k, _) = slice_indices(vm, s, n)?;
            let at = |i: i64| i128::from(start) + i128::from(i) * i128::from(step);
            let (a, b, c) = (at(i), at(j), i128::from(step) * i128::from(k));
            Ok(Value::Range(Rc::new(
                match (i64::try_from(a), i64::try_from(b), i64::try_from(c)) {
                    (Ok(a), Ok(b), Ok(c)) => Range::from_i64(a, b, c),
                    _ => Range::new(BigInt::from(a), BigInt::from(b), BigInt::from(c)),
                },
            )))
        }
        (_, Value::Slice(s)) => {
            let (i, j, k) = long_slice_indices(s, &r.len_big())?;
            let (start, _, step) = r.parts();
            Ok(Value::Range(Rc::new(Range::new(
                &start + i * &step,
                &start + j * &step,
                k * step,
            ))))
        }
        (&Range::Small { start, step, .. }, Value::Int(_) | Value::Bool(_)) => {
            let i = index_value(vm, key, "range")?;
            let n = r.len_i64().unwrap_or(0);
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(index_error("range object index out of range"));
            }
            Ok(Value::Int(Range::get_small(start, step, j)))
        }
        _ => {
            let i = match key {
                Value::BigInt(b) => (**b).clone(),
                _ => BigInt::from(index_value(vm, key, "range")?),
            };
            let n = r.len_big();
            let j = if i.is_negative() { i + &n } else { i };
            if j.is_negative() || j >= n {
                return Err(index_error("range object index out of range"));
            }
            Ok(Value::from_bigint(r.get_big(&j)))
        }
    }
}

/// CPython's `_PySlice_GetLongIndices`: a slice resolved against a length of any size,
/// as `(start, stop, step)`.
fn long_slice_indices(s: &super::value::Slice, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let get = |v: &Value| -> PyResult<Option<BigInt>> {
        match v {
            Value::None => Ok(None),
            _ => v.to_bigint().map(Some).ok_or_else(|| {
                type_error("slice indices must be integers or None or have an __index__ method")
            }),
        }
    };
    let step = get(&s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let norm = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(i) if i.is_negative() => (i + len).max(lower.clone()),
            Some(i) => i.min(upper.clone()),
        }
    };
    let start = norm(get(&s.start)?, if negative { &upper } else { &lower });
    let stop = norm(get(&s.stop)?, if negative { &lower } else { &upper });
    Ok((start, stop, step))
}

/// Whether `iter(v)` would succeed (without calling anything).
pub fn is_iterable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Str(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::Range(_)
        | Value::Iter(_) => true,
        Value::Instance(_) => {
            class_ops::lookup_special(vm, v, "__iter__").is_some()
                || class_ops::lookup_special(vm, v, "__getitem__").is_some()
        }
        _ => false,
    }
}

/// `container[key] = value`.
pub fn setitem(vm: &mut Vm, container: &Value, key: Value, value: Value) -> PyResult<()> {
    match container {
        Value::List(l) => match &key {
            Value::Slice(s) => {
                if !is_iterable(vm, &value) {
                    let extended = !matches!(s.step, Value::None | Value::Int(1));
                    return Err(type_error(if extended {
                        "must assign iterable to extended slice"
                    } else {
                        "can only assign an iterable"
                    }));
                }
                let new_items = collect_iterable(vm, &value)?;
                let mut items = l.items.borrow_mut();
                let (start, stop, step, n) = slice_indices(vm, s, items.len() as i64)?;
                if step == 1 {
                    let stop = stop.max(start);
                    items.splice(start as usize..stop as usize, new_items);
                    return Ok(());
                }
                if new_items.len() != n {
                    return Err(value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new_items.len(),
                        n
                    )));
                }
                let mut i = start;
                for v in new_items {
                    items[i as usize] = v;
                    i += step;
                }
                Ok(())
            }
            _ => {
                let i = index_value(vm, &key, "list")?;
                let mut items = l.items.borrow_mut();
                let n = items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(index_error("list assignment index out of range"));
                }
                items[j as usize] = value;
                Ok(())
            }
        },
        Value::Dict(d) => dict_set(vm, d, key, value),
        Value::Instance(_) => class_ops::instance_setitem(vm, container, key, value),
        // A sequence converts an int index before it says it cannot assign
        // (CPython's `PyObject_SetItem`): one too big for an index is that error.
        Value::Tuple(_) | Value::Str(_) | Value::Range(_) if matches!(key, Value::BigInt(_)) => {
            Err(super::exceptions::index_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        _ => Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(vm, container)
        ))),
    }
}

/// `del container[key]`.
pub fn delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    match container {
        Value::List(l) => match key {
            Value::Slice(s) => {
                let mut items = l.items.borrow_mut();
                let (start, stop, step, n) = slice_indices(vm, s, items.len() as i64)?;
                if step == 1 {
                    let stop = stop.max(start);
                    items.drain(start as usize..stop as usize);
                } else {
                    let mut idx: Vec<usize> =
                        (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                    idx.sort_unstable();
                    for i in idx.into_iter().rev() {
                        items.remove(i);
                    }
                }
                Ok(())
            }
            _ => {
                let i = index_value(vm, key, "list")?;
                let mut items = l.items.borrow_mut();
                let n = items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(index_error("list assignment index out of range"));
                }
                items.remove(j as usize);
                Ok(())
            }
        },
        Value::Dict(d) => match dict_remove(vm, d, key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key.clone())),
        },
        Value::Instance(_) => class_ops::instance_delitem(vm, container, key),
        _ => Err(no_item_deletion(vm, container, key)),
    }
}

/// The `TypeError` of `del container[key]` for a type without item deletion,
/// in CPython's two wordings: a type with sequence slots (str, tuple, range,
/// set, instances) given an int key fails in `PySequence_DelItem` ("doesn't"),
/// anything else in `PyObject_DelItem` ("does not").
pub fn no_item_deletion(vm: &Vm, container: &Value, key: &Value) -> super::exceptions::PyErr {
    let sequence_slots = matches!(
        container,
        Value::Str(_) | Value::Tuple(_) | Value::Range(_) | Value::Set(_) | Value::Instance(_)
    );
    let index_key = matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
    let verb = if sequence_slots && index_key {
        "doesn't"
    } else {
        "does not"
    };
    type_error(format!(
        "'{}' object {verb} support item deletion",
        type_name(vm, container)
    ))
}

fn busy() -> super::exceptions::PyErr {
    super::exceptions::runtime_error("dictionary changed size during iteration")
}

/// The key-equality callback for dict tables: only consulted for keys that need
/// Python code (instances with `__eq__`).
fn eq_callback(vm: &mut Vm) -> impl FnMut(&Value, &Value) -> PyResult<bool> + '_ {
    move |a, b| eq(vm, a, b)
}

/// Removes `key` from `d`: its value, or `None` if absent.
pub fn dict_remove(vm: &mut Vm, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
    let h = hash(vm, key)?;
    let mut eqf = eq_callback(vm);
    let mut t = d.table.try_borrow_mut().map_err(|_| busy())?;
    Ok(t.remove(h, key, &mut eqf)?.map(|(_, v)| v))
}

/// `d[key]` lookup.
pub fn dict_get(vm: &mut Vm, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
    let h = hash(vm, key)?;
    let t = d.table.try_borrow().map_err(|_| busy())?;
    let mut eqf = eq_callback(vm);
    t.get(h, key, &mut eqf)
}

/// `d[key] = value`.
pub fn dict_set(vm: &mut Vm, d: &Dict, key: Value, value: Value) -> PyResult<()> {
    let h = hash(vm, &key)?;
    let mut eqf = eq_callback(vm);
    let mut t = d.table.try_borrow_mut().map_err(|_| busy())?;
    t.insert(h, key, value, &mut eqf)?;
    Ok(())
}

/// Lookup by a str key (no Python code can run).
#[inline]
pub fn dict_get_pystr(d: &Dict, key: &Rc<PyStr>) -> Option<Value> {
    let t = d.table.try_borrow().ok()?;
    let k = Value::Str(key.clone());
    t.get(key.hash(), &k, &mut |_, _| Ok(false)).ok().flatten()
}

/// Lookup by a `&str` key.
pub fn dict_get_str(d: &Dict, key: &str) -> Option<Value> {
    dict_get_pystr(d, &Rc::new(PyStr::new(key)))
}

/// Stores under a str key.
pub fn dict_set_pystr(d: &Dict, key: &Rc<PyStr>, value: Value) -> PyResult<()> {
    let mut t = d.table.try_borrow_mut().map_err(|_| busy())?;
    t.insert(key.hash(), Value::Str(key.clone()), value, &mut |_, _| {
        Ok(false)
    })?;
    Ok(())
}

/// Stores under a `&str` key.
pub fn dict_set_str(d: &Dict, key: &str, value: Value) -> PyResult<()> {
    dict_set_pystr(d, &Rc::new(PyStr::new(key)), value)
}

/// Deletes a str key; returns whether it was present.
pub fn dict_del_pystr(d: &Dict, key: &Rc<PyStr>) -> PyResult<bool> {
    let mut t = d.table.try_borrow_mut().map_err(|_| busy())?;
    Ok(
        t.remove(key.hash(), &Value::Str(key.clone()), &mut |_, _| Ok(false))?
            .is_some(),
    )
}

/// Whether a set contains `item`.
pub fn set_contains(vm: &mut Vm, s: &super::value::Set, item: &Value) -> PyResult<bool> {
    super::set_ops::contains(vm, s, item)
}

/// Adds `item` to a set.
pub fn set_add(vm: &mut Vm, s: &super::value::Set, item: Value) -> PyResult<()> {
    super::set_ops::add(vm, s, item)
}

/// A new set of `items`, added in order (`BUILD_SET`).
pub fn new_set_from(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = Rc::new(super::value::Set::default());
    for it in items {
        set_add(vm, &s, it)?;
    }
    Ok(Value::Set(s))
}

/// A new dict from alternating keys and values.
pub fn new_dict_from_pairs(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let d = Value::dict(DictTable::with_capacity(items.len() / 2));
    if let Value::Dict(dd) = &d {
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            dict_set(vm, dd, k, v)?;
        }
    }
    Ok(d)
}

/// The collection-building instructions of displays and comprehensions.
pub fn collection_add(vm: &mut Vm, instr: Instr, target: &Value, v: Value) -> PyResult<()> {
    match (instr, target) {
        (Instr::SetAdd { .. }, Value::Set(s)) => set_add(vm, s, v),
        (Instr::SetUpdate { .. }, Value::Set(s)) => super::set_ops::update(vm, s, &v),
        (Instr::ListExtend { .. }, Value::List(l)) => {
            if !is_iterable(vm, &v) {
                return Err(type_error(format!(
                    "Value after * must be an iterable, not {}",
                    type_name(vm, &v)
                )));
            }
            let items = collect_iterable(vm, &v)?;
            l.items.borrow_mut().extend(items);
            Ok(())
        }
        (Instr::DictUpdate { .. } | Instr::DictMerge { .. }, Value::Dict(d)) => {
            let Some(entries) = mapping_items(vm, &v)? else {
                return Err(type_error(format!(
                    "'{}' object is not a mapping",
                    type_name(vm, &v)
                )));
            };
            for (k, val) in entries {
                if matches!(instr, Instr::DictMerge { .. }) && dict_get(vm, d, &k)?.is_some() {
                    let ks = to_str(vm, &k)?;
                    return Err(type_error(format!(
                        "got multiple values for keyword argument '{ks}'"
                    )));
                }
                dict_set(vm, d, k, val)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The items of a mapping: a dict's entries, or `(k, v[k])` for each `k` of
/// `v.keys()` when `v` is an object with a `keys` method (CPython's test for a
/// mapping in `dict(v)`, `{**v}` and `f(**v)`); `None` for anything else.
pub fn mapping_items(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
    if let Value::Dict(src) = v {
        return Ok(Some(
            src.table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
        ));
    }
    let Some(keys_fn) = class_ops::lookup_special(vm, v, "keys") else {
        return Ok(None);
    };
    let keys = vm.call(&keys_fn, std::slice::from_ref(v))?;
    let keys = collect_iterable(vm, &keys)?;
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let val = getitem(vm, v, &k)?;
        out.push((k, val));
    }
    Ok(Some(out))
}

/// `**v` of a call into the keyword dict `d`: CPython's errors name the function
/// (`func_desc`, see [`function_str`]).
pub fn call_kwargs_merge(vm: &mut Vm, d: &Dict, v: &Value, func_desc: &str) -> PyResult<()> {
    let Some(entries) = mapping_items(vm, v)? else {
        return Err(type_error(format!(
            "{func_desc} argument after ** must be a mapping, not {}",
            type_name(vm, v)
        )));
    };
    for (k, val) in entries {
        let Value::Str(ks) = &k else {
            return Err(type_error("keywords must be strings"));
        };
        if dict_get(vm, d, &k)?.is_some() {
            return Err(type_error(format!(
                "{func_desc} got multiple values for keyword argument '{}'",
                ks.as_str()
            )));
        }
        dict_set(vm, d, k, val)?;
    }
    Ok(())
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
/// `__main__.f()`, `print()`, `list.append()`.
pub fn function_str(vm: &Vm, f: &Value) -> String {
    match f {
        Value::Function(func) => {
            let module = match dict_get_str(&func.globals.dict, "__name__") {
                Some(Value::Str(m)) => m.as_str().to_string(),
                _ => String::new(),
            };
            if module.is_empty() || module == "builtins" {
                format!("{}()", func.qualname.as_str())
            } else {
                format!("{module}.{}()", func.qualname.as_str())
            }
        }
        Value::Builtin(b) => match b.owner {
            Some(owner) => format!("{owner}.{}()", b.name),
            None => format!("{}()", b.name),
        },
        Value::BoundMethod(m) => function_str(vm, &m.func),
        Value::Class(c) if c.module.as_str() == "builtins" => format!("{}()", c.name.as_str()),
        Value::Class(c) => format!("{}.{}()", c.module.as_str(), c.qualname()),
        other => format!("{} object", type_name(vm, other)),
    }
}

// ----- iteration ---------------------------------------------------------------------------------

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let state = match v {
        Value::List(list) => IterState::List { list, index: 0 },
        Value::Tuple(tuple) => IterState::Tuple { tuple, index: 0 },
        Value::Str(s) => IterState::Str { s, pos: 0 },
        Value::Range(r) => match &*r {
            &super::value::Range::Small { start, step, .. } => IterState::Range {
                next: start,
                step,
                remaining: r.len_i64().unwrap_or(0),
            },
            super::value::Range::Big(b) => {
                IterState::BigRange(Box::new(super::iter::BigRangeIter {
                    next: b.start.clone(),
                    step: b.step.clone(),
                    remaining: b.len.clone(),
                }))
            }
        },
        Value::Dict(dict) => {
            let size = dict.table.borrow().len();
            IterState::Dict {
                dict,
                index: 0,
                part: DictPart::Keys,
                size,
            }
        }
        Value::Set(set) => {
            let size = set.table.borrow().len();
            IterState::Set {
                set,
                index: 0,
                size,
            }
        }
        Value::Iter(_) => return Ok(v),
        Value::Instance(_) => return class_ops::instance_iter(vm, &v),
        other => {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                type_name(vm, &other)
            )));
        }
    };
    Ok(Value::Iter(Rc::new(std::cell::RefCell::new(state))))
}

/// Advances the common iterators without calling Python code; `None` means "use the
/// general path" (it does not mean exhausted).
#[inline]
pub fn fast_iter_next(vm: &Vm, it: &std::cell::RefCell<IterState>) -> Option<Option<Value>> {
    fast_iter_next_inline(vm, it)
}

/// The next `(index, item)` of an `enumerate` whose inner iterator [`fast_iter_next`]
/// can advance; `None` when it needs the generic path.
#[inline(always)]
pub fn fast_enumerate_next(
    vm: &Vm,
    it: &std::cell::RefCell<IterState>,
) -> Option<Option<(i64, Value)>> {
    let mut st = it.try_borrow_mut().ok()?;
    let IterState::Enumerate { inner, count } = &mut *st else {
        return None;
    };
    let Value::Iter(inner_state) = inner else {
        return None;
    };
    let Value::Int(index) = count else {
        return None;
    };
    let this = *index;
    let next_count = this.checked_add(1)?;
    match fast_iter_next_inline(vm, inner_state)? {
        Some(item) => {
            // In place: no drop of the old count.
            *index = next_count;
            Some(Some((this, item)))
        }
        None => Some(None),
    }
}

#[inline(always)]
fn fast_iter_next_inline(vm: &Vm, it: &std::cell::RefCell<IterState>) -> Option<Option<Value>> {
    let mut st = it.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining <= 0 {
                return Some(None);
            }
            let v = *next;
            *next = next.wrapping_add(*step);
            *remaining -= 1;
            Some(Some(Value::Int(v)))
        }
        IterState::List { list, index } => {
            let items = list.items.borrow();
            match items.get(*index) {
                Some(v) => {
                    *index += 1;
                    Some(Some(v.clone()))
                }
                None => {
                    drop(items);
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        IterState::Tuple { tuple, index } => match tuple.items.get(*index) {
            Some(v) => {
                *index += 1;
                Some(Some(v.clone()))
            }
            None => Some(None),
        },
        IterState::Str { s, pos } => {
            // An ASCII byte is a whole character.
            if let Some(&b) = s.as_str().as_bytes().get(*pos)
                && b < 128
            {
                *pos += 1;
                return Some(Some(vm.char_value(b as char)));
            }
            let rest = &s.as_str()[*pos..];
            match rest.chars().next() {
                Some(c) => {
                    *pos += c.len_utf8();
                    Some(Some(vm.char_value(c)))
                }
                None => Some(None),
            }
        }
        _ => None,
    }
}

/// `next(it)` for any iterator: `Ok(None)` when exhausted.
pub fn iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let Value::Iter(cell) = it else {
        if let Value::Instance(_) = it {
            return class_ops::instance_next(vm, it);
        }
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(vm, it)
        )));
    };
    if let Some(r) = fast_iter_next(vm, cell) {
        return Ok(r);
    }
    // Iterators that may call Python code: take what is needed out of the RefCell first.
    enum Step {
        Done(Option<Value>),
        Enumerate(Value, Value),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Callable(Value, Value),
        Sequence(Value, i64),
        Resume,
    }
    let step = {
        let mut st = cell
            .try_borrow_mut()
            .map_err(|_| super::exceptions::value_error("generator already executing"))?;
        match &mut *st {
            IterState::ListReversed { list, index } => {
                let items = list.items.borrow();
                if *index == 0 || *index > items.len() {
                    Step::Done(None)
                } else {
                    *index -= 1;
                    Step::Done(Some(items[*index].clone()))
                }
            }
            IterState::Dict {
                dict,
                index,
                part,
                size,
            } => {
                let t = dict.table.borrow();
                if t.len() != *size {
                    drop(t);
                    *st = IterState::Exhausted;
                    return Err(super::exceptions::runtime_error(
                        "dictionary changed size during iteration",
                    ));
                }
                let mut out = None;
                while let Some(e) = t.entry_at(*index) {
                    *index += 1;
                    if matches!(e.key, Value::Undef) {
                        continue;
                    }
                    out = Some(match part {
                        DictPart::Keys => e.key.clone(),
                        DictPart::Values => e.value.clone(),
                        DictPart::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                    });
                    break;
                }
                Step::Done(out)
            }
            IterState::Set { set, index, size } => {
                let t = set.table.borrow();
                if t.len() != *size {
                    drop(t);
                    *st = IterState::Exhausted;
                    return Err(super::exceptions::runtime_error(
                        "Set changed size during iteration",
                    ));
                }
                let mut out = None;
                while let Some(e) = t.entry_at(*index) {
                    *index += 1;
                    if !matches!(e.key, Value::Undef) {
                        out = Some(e.key.clone());
                        break;
                    }
                }
                Step::Done(out)
            }
            IterState::BigRange(b) => {
                if b.remaining.is_positive() {
                    let v = b.next.clone();
                    b.next += &b.step;
                    b.remaining -= 1u32;
                    Step::Done(Some(Value::from_bigint(v)))
                } else {
                    Step::Done(None)
                }
            }
            IterState::Values { items, index, .. } => {
                let v = items.get(*index).cloned();
                *index += 1;
                Step::Done(v)
            }
            IterState::Enumerate { inner, count } => {
                let c = count.clone();
                *count = match &*count {
                    Value::Int(i) => i
                        .checked_add(1)
                        .map(Value::Int)
                        .unwrap_or_else(|| Value::from_i128(*i as i128 + 1)),
                    Value::BigInt(b) => Value::from_bigint(&**b + 1),
                    other => other.clone(),
                };
                Step::Enumerate(inner.clone(), c)
            }
            IterState::Zip { iters, strict } => Step::Zip(iters.clone(), *strict),
            IterState::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
            IterState::Filter { func, inner } => Step::Filter(func.clone(), inner.clone()),
            IterState::Callable { func, sentinel } => {
                Step::Callable(func.clone(), sentinel.clone())
            }
            IterState::Sequence {
                obj,
                index,
                backwards,
            } => {
                if *index < 0 {
                    Step::Done(None)
                } else {
                    let step = Step::Sequence(obj.clone(), *index);
                    *index = if *backwards {
                        *index - 1
                    } else {
                        index.saturating_add(1)
                    };
                    step
                }
            }
            IterState::Generator(_) | IterState::GeneratorRunning(_) => Step::Resume,
            IterState::GeneratorDone(_) => Step::Done(None),
            IterState::Exhausted => Step::Done(None),
            IterState::Range { .. }
            | IterState::List { .. }
            | IterState::Tuple { .. }
            | IterState::Str { .. } => Step::Done(None),
        }
    };
    match step {
        Step::Done(v) => Ok(v),
        Step::Resume => match vm.gen_resume(cell, GenInput::Send(Value::None))? {
            GenOutput::Yielded(item) => Ok(Some(item)),
            GenOutput::Returned(v) => {
                // For `next()`, whose StopIteration carries it.
                if !v.is_none() {
                    vm.generator_return = Some(v);
                }
                Ok(None)
            }
        },
        Step::Enumerate(inner, c) => match iter_next(vm, &inner)? {
            Some(v) => Ok(Some(Value::tuple(vec![c, v]))),
            None => Ok(None),
        },
        Step::Zip(iters, strict) => {
            if iters.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for (k, i) in iters.iter().enumerate() {
                match iter_next(vm, i)? {
                    Some(v) => out.push(v),
                    None if !strict => return Ok(None),
                    None => return zip_strict_end(vm, &iters, k),
                }
            }
            Ok(Some(Value::tuple(out)))
        }
        Step::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for i in &iters {
                match iter_next(vm, i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call(&func, &args)?))
        }
        Step::Callable(func, sentinel) => {
            let v = vm.call(&func, &[])?;
            if eq_or_identical(vm, &v, &sentinel)? {
                *cell.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        Step::Sequence(obj, index) => {
            match super::class_ops::instance_getitem(vm, &obj, &Value::Int(index)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if e.matches(super::exceptions::ExcKind::IndexError)
                        || e.matches(super::exceptions::ExcKind::StopIteration) =>
                {
                    *cell.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Step::Filter(func, inner) => loop {
            let Some(v) = iter_next(vm, &inner)? else {
                return Ok(None);
            };
            let keep = if func.is_none() {
                truthy(vm, &v)?
            } else {
                let r = vm.call(&func, std::slice::from_ref(&v))?;
                truthy(vm, &r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
    }
}

/// All items of an iterable.
pub fn collect_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.items.borrow().clone()),
        Value::Tuple(t) => Ok(t.items.to_vec()),
        // CPython sizes the list from the range's length first.
        Value::Range(r) if r.len_i64().is_none_or(|n| n as u64 > MAX_BUILD as u64) => {
            Err(memory_error())
        }
        _ => {
            let it = get_iter(vm, v.clone())?;
            let mut out = Vec::new();
            while let Some(x) = iter_next(vm, &it)? {
                out.push(x);
            }
            Ok(out)
        }
    }
}

/// `zip(strict=True)` found iterator `k` exhausted: the end if all of them
/// are, else CPython's ValueError naming the shorter or longer argument.
fn zip_strict_end(vm: &mut Vm, iters: &[Value], k: usize) -> PyResult<Option<Value>> {
    let earlier = |n: usize| {
        if n == 1 {
            "argument 1".to_string()
        } else {
            format!("arguments 1-{n}")
        }
    };
    if k > 0 {
        return Err(value_error(format!(
            "zip() argument {} is shorter than {}",
            k + 1,
            earlier(k)
        )));
    }
    for (j, it) in iters.iter().enumerate().skip(1) {
        if iter_next(vm, it)?.is_some() {
            return Err(value_error(format!(
                "zip() argument {} is longer than {}",
                j + 1,
                earlier(j)
            )));
        }
    }
    Ok(None)
}

/// The error of unpacking `v` when it is not iterable at all (CPython's
/// wording: an instance whose class has neither `__iter__` nor `__getitem__`
/// counts too).
fn check_unpackable(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let iterable = match v {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::Range(_)
        | Value::Iter(_) => true,
        Value::Instance(_) => {
            class_ops::lookup_special(vm, v, "__iter__").is_some()
                || class_ops::lookup_special(vm, v, "__getitem__").is_some()
        }
        _ => false,
    };
    if iterable {
        return Ok(());
    }
    Err(type_error(format!(
        "cannot unpack non-iterable {} object",
        type_name(vm, v)
    )))
}

/// Unpacks exactly `n` items.
pub fn unpack(vm: &mut Vm, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    check_unpackable(vm, v)?;
    let it = get_iter(vm, v.clone())?;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match iter_next(vm, &it)? {
            Some(x) => out.push(x),
            None => {
                return Err(value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    out.len()
                )));
            }
        }
    }
    if iter_next(vm, &it)?.is_some() {
        return Err(value_error(format!(
            "too many values to unpack (expected {n})"
        )));
    }
    Ok(out)
}

/// Starred unpacking: `before` items, a list of the middle, `after` items.
pub fn unpack_ex(vm: &mut Vm, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    check_unpackable(vm, v)?;
    let items = collect_iterable(vm, v)?;
    if items.len() < before + after {
        return Err(value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend(items[..before].iter().cloned());
    out.push(Value::list(items[before..items.len() - after].to_vec()));
    out.extend(items[items.len() - after..].iter().cloned());
    Ok(out)
}

// ----- attributes ----------------------------------------------------------------------------------

/// `obj.name`.
pub fn get_attr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    class_ops::get_attr(vm, obj, name)
}

/// `obj.name = value`.
pub fn set_attr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
    class_ops::set_attr(vm, obj, name, value)
}

/// `del obj.name`.
pub fn del_attr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
    class_ops::del_attr(vm, obj, name)
}

/// For a method call: `(method, receiver)` or `(attribute, Undef)`.
pub fn load_method(vm: &mut Vm, obj: Value, name: &Rc<PyStr>) -> PyResult<(Value, Value)> {
    class_ops::load_method(vm, obj, name)
}

/// The error for a missing attribute.
pub fn no_attribute(vm: &Vm, obj: &Value, name: &str) -> super::exceptions::PyErr {
    let suggest = super::exceptions::Suggest::Attribute {
        obj: obj.clone(),
        name: Rc::from(name),
    };
    no_attribute_message(vm, obj, name).with_suggest(suggest)
}

fn no_attribute_message(vm: &Vm, obj: &Value, name: &str) -> super::exceptions::PyErr {
    let owner = match obj {
        Value::Module(m) => Some(m.name.as_str()),
        Value::Class(c) if c.module.as_str() == "random" => Some(c.name.as_str()),
        Value::Instance(i) if i.class.module.as_str() == "random" => Some(i.class.name.as_str()),
        _ => None,
    };
    if let Some(owner) = owner
        && super::modules::missing_from_native_module(owner, name)
    {
        return super::exceptions::not_implemented(format!(
            "firebrand does not support {owner}.{name} yet"
        ));
    }
    match obj {
        Value::Module(m) => attribute_error(format!(
            "module '{}' has no attribute '{}'",
            m.name.as_str(),
            name
        )),
        Value::Class(c) => attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            c.name.as_str(),
            name
        )),
        _ => attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name(vm, obj),
            name
        )),
    }
}

// ----- formatting ------------------------------------------------------------------------------------

/// `format(v, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    use super::format as f;
    match v {
        Value::Instance(_) => return class_ops::instance_format(vm, v, spec),
        _ if spec.is_empty() => return to_str(vm, v),
        _ => {}
    }
    let parsed = f::parse_format_spec_for(spec, &type_name(vm, v)).map_err(value_error)?;
    let r = match v {
        Value::Int(_) | Value::BigInt(_) => {
            f::format_int(&v.to_bigint().unwrap_or_default(), &parsed)
        }
        // bool inherits int.__format__: a non-empty spec formats it as 0 or 1.
        Value::Bool(b) => f::format_int_typed(&BigInt::from(b.get() as i64), &parsed, "bool"),
        Value::Float(x) => f::format_float(x.get(), &parsed),
        Value::Str(s) => f::format_str(s.as_str(), &parsed),
        _ => {
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(vm, v)
            )));
        }
    };
    r.map_err(num_err)
}

/// `ascii(s)` of a repr: escapes every non-ASCII character.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// The `FormatValue` instruction: conversion (1 str, 2 repr, 3 ascii) then spec.
pub fn format_value(
    vm: &mut Vm,
    v: Value,
    conversion: u32,
    spec: Option<Value>,
) -> PyResult<Value> {
    let spec = match &spec {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    let v = match conversion {
        1 => Value::str(to_str(vm, &v)?),
        2 => Value::str(repr(vm, &v)?),
        3 => Value::str(ascii_escape(&repr(vm, &v)?)),
        _ => v,
    };
    if spec.is_empty()
        && let Value::Str(_) = v
    {
        return Ok(v);
    }
    Ok(Value::str(format(vm, &v, &spec)?))
}
