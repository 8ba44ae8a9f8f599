//! The `set` algorithms over Python values, following CPython 3.11's
//! `Objects/setobject.c` step by step, because the order in which keys reach a table
//! decides the order the result iterates in. The table-level work is in
//! [`super::set_table`]; this module adds what needs the interpreter: hashing keys
//! from arbitrary iterables and comparing keys with Python `__eq__`.

use std::rc::Rc;

use super::exceptions::{PyErr, PyResult, runtime_error};
use super::ops;
use super::set_table::SetTable;
use super::value::{Set, Value};
use crate::interp::Vm;

/// The error for a set that is already borrowed (Python code mutating a set while an
/// operation on it compares keys).
fn busy() -> PyErr {
    runtime_error("Set changed size during iteration")
}

/// A new, empty set object.
pub fn new_set() -> Rc<Set> {
    Rc::new(Set::default())
}

/// Wraps a table as a set object.
fn from_table(t: SetTable) -> Rc<Set> {
    Rc::new(Set {
        table: std::cell::RefCell::new(t),
    })
}

/// Calls `f` on every item of `v` in iteration order; `f` returns `false` to stop.
fn for_each(
    vm: &mut Vm,
    v: &Value,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let it = ops::get_iter(vm, v.clone())?;
    while let Some(x) = ops::iter_next(vm, &it)? {
        if !f(vm, x)? {
            break;
        }
    }
    Ok(())
}

/// Adds one key (`set_add_key`).
pub fn add(vm: &mut Vm, s: &Set, key: Value) -> PyResult<()> {
    let h = ops::hash(vm, &key)?;
    let mut t = s.table.try_borrow_mut().map_err(|_| busy())?;
    t.insert(h, key, &mut |a, b| ops::eq(vm, a, b))?;
    Ok(())
}

/// Whether `key` is in the set.
pub fn contains(vm: &mut Vm, s: &Set, key: &Value) -> PyResult<bool> {
    let h = ops::hash(vm, key)?;
    let t = s.table.try_borrow().map_err(|_| busy())?;
    t.contains(h, key, &mut |a, b| ops::eq(vm, a, b))
}

/// Removes `key` if present (`set_discard_key`); returns whether it was.
pub fn discard(vm: &mut Vm, s: &Set, key: &Value) -> PyResult<bool> {
    let h = ops::hash(vm, key)?;
    let mut t = s.table.try_borrow_mut().map_err(|_| busy())?;
    Ok(t.remove(h, key, &mut |a, b| ops::eq(vm, a, b))?.is_some())
}

/// Adds every item of `other` (`set_update_internal`): a set is merged slot by slot, a
/// dict's keys are added with their stored hashes after one resize, anything else is
/// iterated.
pub fn update(vm: &mut Vm, s: &Rc<Set>, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) => {
            if Rc::ptr_eq(s, o) {
                return Ok(());
            }
            let src = o.table.try_borrow().map_err(|_| busy())?;
            let mut t = s.table.try_borrow_mut().map_err(|_| busy())?;
            t.merge(&src, &mut |a, b| ops::eq(vm, a, b))
        }
        Value::Dict(d) => {
            let src = d.table.try_borrow().map_err(|_| busy())?;
            let mut t = s.table.try_borrow_mut().map_err(|_| busy())?;
            t.update_from_dict(&src, &mut |a, b| ops::eq(vm, a, b))
        }
        _ => for_each(vm, other, |vm, x| {
            add(vm, s, x)?;
            Ok(true)
        }),
    }
}

/// `set(iterable)` (`make_new_set`).
pub fn from_iterable(vm: &mut Vm, v: &Value) -> PyResult<Rc<Set>> {
    let s = new_set();
    update(vm, &s, v)?;
    Ok(s)
}

/// `s.copy()`.
pub fn copy(s: &Set) -> PyResult<Rc<Set>> {
    let t = s.table.try_borrow().map_err(|_| busy())?;
    Ok(from_table(t.copy()))
}

/// `s.union(*others)`, and `s | other` (`set_union`).
pub fn union(vm: &mut Vm, s: &Rc<Set>, others: &[Value]) -> PyResult<Rc<Set>> {
    let result = copy(s)?;
    for o in others {
        if let Value::Set(o) = o
            && Rc::ptr_eq(s, o)
        {
            continue;
        }
        update(vm, &result, o)?;
    }
    Ok(result)
}

/// `s & other` (`set_intersection`).
pub fn intersection(vm: &mut Vm, s: &Rc<Set>, other: &Value) -> PyResult<Rc<Set>> {
    match other {
        Value::Set(o) => {
            if Rc::ptr_eq(s, o) {
                return copy(s);
            }
            let a = s.table.try_borrow().map_err(|_| busy())?;
            let b = o.table.try_borrow().map_err(|_| busy())?;
            Ok(from_table(SetTable::intersection(&a, &b, &mut |x, y| {
                ops::eq(vm, x, y)
            })?))
        }
        _ => {
            let result = new_set();
            for_each(vm, other, |vm, key| {
                let h = ops::hash(vm, &key)?;
                let (found, limit) = {
                    let t = s.table.try_borrow().map_err(|_| busy())?;
                    (t.contains(h, &key, &mut |a, b| ops::eq(vm, a, b))?, t.len())
                };
                if found {
                    let mut r = result.table.try_borrow_mut().map_err(|_| busy())?;
                    r.insert(h, key, &mut |a, b| ops::eq(vm, a, b))?;
                    // Nothing more can be found once the result is as big as `s`.
                    return Ok(r.len() < limit);
                }
                Ok(true)
            })?;
            Ok(result)
        }
    }
}

/// `s.intersection(*others)` (`set_intersection_multi`).
pub fn intersection_multi(vm: &mut Vm, s: &Rc<Set>, others: &[Value]) -> PyResult<Rc<Set>> {
    if others.is_empty() {
        return copy(s);
    }
    let mut result = s.clone();
    for o in others {
        result = intersection(vm, &result, o)?;
    }
    Ok(result)
}

/// `s.intersection_update(*others)` and `s &= other`: the intersection's table replaces
/// `s`'s (`set_swap_bodies`).
pub fn intersection_update(vm: &mut Vm, s: &Rc<Set>, others: &[Value]) -> PyResult<()> {
    let tmp = intersection_multi(vm, s, others)?;
    if Rc::ptr_eq(s, &tmp) {
        return Ok(());
    }
    let mut a = s.table.try_borrow_mut().map_err(|_| busy())?;
    let mut b = tmp.table.try_borrow_mut().map_err(|_| busy())?;
    a.swap_bodies(&mut b);
    Ok(())
}

/// `s -= other` and one step of `s.difference_update(...)`
/// (`set_difference_update_internal`).
pub fn difference_update(vm: &mut Vm, s: &Rc<Set>, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) => {
            if Rc::ptr_eq(s, o) {
                s.table.try_borrow_mut().map_err(|_| busy())?.clear();
                return Ok(());
            }
            let src = o.table.try_borrow().map_err(|_| busy())?;
            let mut t = s.table.try_borrow_mut().map_err(|_| busy())?;
            t.difference_update(&src, &mut |a, b| ops::eq(vm, a, b))
        }
        _ => {
            for_each(vm, other, |vm, key| {
                discard(vm, s, &key)?;
                Ok(true)
            })?;
            s.table
                .try_borrow_mut()
                .map_err(|_| busy())?
                .purge_dummies();
            Ok(())
        }
    }
}

/// `s - other` (`set_difference`).
pub fn difference(vm: &mut Vm, s: &Rc<Set>, other: &Value) -> PyResult<Rc<Set>> {
    match other {
        Value::Set(o) => {
            let a = s.table.try_borrow().map_err(|_| busy())?;
            let b = o.table.try_borrow().map_err(|_| busy())?;
            Ok(from_table(SetTable::difference(&a, &b, &mut |x, y| {
                ops::eq(vm, x, y)
            })?))
        }
        Value::Dict(d) => {
            let a = s.table.try_borrow().map_err(|_| busy())?;
            let b = d.table.try_borrow().map_err(|_| busy())?;
            Ok(from_table(SetTable::difference_dict(
                &a,
                &b,
                &mut |x, y| ops::eq(vm, x, y),
            )?))
        }
        _ => {
            let result = copy(s)?;
            difference_update(vm, &result, other)?;
            Ok(result)
        }
    }
}

/// `s.difference(*others)` (`set_difference_multi`).
pub fn difference_multi(vm: &mut Vm, s: &Rc<Set>, others: &[Value]) -> PyResult<Rc<Set>> {
    let Some((first, rest)) = others.split_first() else {
        return copy(s);
    };
    let result = difference(vm, s, first)?;
    for o in rest {
        difference_update(vm, &result, o)?;
    }
    Ok(result)
}

/// `s ^= other` and `s.symmetric_difference_update(other)`
/// (`set_symmetric_difference_update`): every key of `other` is removed from `s` if
/// present, else added.
pub fn symmetric_difference_update(vm: &mut Vm, s: &Rc<Set>, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) if Rc::ptr_eq(s, o) => {
            s.table.try_borrow_mut().map_err(|_| busy())?.clear();
            Ok(())
        }
        Value::Dict(d) => {
            let entries: Vec<(i64, Value)> = {
                let t = d.table.try_borrow().map_err(|_| busy())?;
                t.iter().map(|e| (e.hash, e.key.clone())).collect()
            };
            let mut t = s.table.try_borrow_mut().map_err(|_| busy())?;
            for (h, key) in entries {
                let mut eqf = |a: &Value, b: &Value| ops::eq(vm, a, b);
                if t.remove(h, &key, &mut eqf)?.is_none() {
                    t.insert(h, key, &mut eqf)?;
                }
            }
            Ok(())
        }
        Value::Set(o) => {
            let src = o.table.try_borrow().map_err(|_| busy())?;
            let mut t = s.table.try_borrow_mut().map_err(|_| busy())?;
            t.symmetric_difference_update(&src, &mut |a, b| ops::eq(vm, a, b))
        }
        _ => {
            let o = from_iterable(vm, other)?;
            symmetric_difference_update(vm, s, &Value::Set(o))
        }
    }
}

/// `s ^ other` and `s.symmetric_difference(other)` (`set_symmetric_difference`): a set
/// made from `other`, updated with `s`'s keys.
pub fn symmetric_difference(vm: &mut Vm, s: &Rc<Set>, other: &Value) -> PyResult<Rc<Set>> {
    let result = from_iterable(vm, other)?;
    symmetric_difference_update(vm, &result, &Value::Set(s.clone()))?;
    Ok(result)
}
