//! Methods of the built-in container types (`list`, `dict`, `set`, `tuple`); `str`
//! methods are in [`super::str_methods`]. Each is a native function whose first
//! argument is the receiver; they are installed in the type's class namespace.

use super::builtins::{int_arg, register_method};
use super::exceptions::{PyResult, index_error, key_error, type_error, value_error};
use super::iter::DictPart;
use super::ops::{self, type_name};
use super::set_ops;
use super::value::{Args, Dict, NativeFn, Value};
use crate::interp::Vm;
use crate::receiver;
#[allow(unused_imports)]
use crate::runtime::value::{B64, F64};

/// Installs the methods of every built-in type.
pub fn install(vm: &mut Vm) {
    let list: &[(&'static str, NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
    ];
    for &(n, f) in list {
        register_method(&vm.types.list, "list", n, f);
    }
    let range: &[(&'static str, NativeFn)] = &[("index", range_index), ("count", range_count)];
    for &(n, f) in range {
        register_method(&vm.types.range, "range", n, f);
    }
    let tuple: &[(&'static str, NativeFn)] = &[("index", tuple_index), ("count", tuple_count)];
    for &(n, f) in tuple {
        register_method(&vm.types.tuple, "tuple", n, f);
    }
    let dict: &[(&'static str, NativeFn)] = &[
        ("get", dict_get),
        ("items", dict_items),
        ("keys", dict_keys),
        ("values", dict_values),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
    ];
    for &(n, f) in dict {
        register_method(&vm.types.dict, "dict", n, f);
    }
    super::descriptors::register_classmethod(vm, &vm.types.dict, "fromkeys", dict_fromkeys);
    let set: &[(&'static str, NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("copy", set_copy),
        ("clear", set_clear),
    ];
    for &(n, f) in set {
        register_method(&vm.types.set, "set", n, f);
    }
    super::str_methods::install(vm);
}

// ----- list ---------------------------------------------------------------------------------

fn list_append(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("list", "append", 2, 2)?;
    let l = receiver!(a, List, "list", "append");
    let v = a.pos.pop().unwrap_or_default();
    l.items.borrow_mut().push(v);
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("list", "extend", 2, 2)?;
    let l = receiver!(a, List, "list", "extend");
    let items = ops::collect_iterable(vm, &a.pos[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    if a.pos.len() != 3 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let l = receiver!(a, List, "list", "insert");
    let i = int_arg(vm, &a.pos[1], "insert")?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(idx as usize, a.pos[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("list", "pop", 1, 2)?;
    let l = receiver!(a, List, "list", "pop");
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let i = match a.pos.get(1) {
        Some(v) => int_arg(vm, v, "pop")?,
        None => n - 1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

fn find_in(
    vm: &mut Vm,
    items: &[Value],
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if ops::eq_or_identical(vm, v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn bounds(vm: &Vm, a: &Args, n: usize) -> PyResult<(usize, usize)> {
    let norm = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None => Ok(default),
            Some(v) => {
                let i = int_arg(vm, v, "index")?;
                let n = n as i64;
                Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
            }
        }
    };
    Ok((norm(a.pos.get(2), 0)?, norm(a.pos.get(3), n)?))
}

fn list_remove(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("list", "remove", 2, 2)?;
    let l = receiver!(a, List, "list", "remove");
    let items = l.items.borrow().clone();
    match find_in(vm, &items, &a.pos[1], 0, items.len())? {
        Some(i) => {
            let mut cur = l.items.borrow_mut();
            if i < cur.len() {
                cur.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("list", "index", 2, 4)?;
    let l = receiver!(a, List, "list", "index");
    let items = l.items.borrow().clone();
    let (start, stop) = bounds(vm, a, items.len())?;
    match find_in(vm, &items, &a.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = ops::repr(vm, &a.pos[1])?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn count_in(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for v in items {
        if ops::eq_or_identical(vm, v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_count(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("list", "count", 2, 2)?;
    let l = receiver!(a, List, "list", "count");
    let items = l.items.borrow().clone();
    count_in(vm, &items, &a.pos[1])
}

fn list_sort(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let key = a.take_kw("key").filter(|k| !k.is_none());
    let reverse = match a.take_kw("reverse") {
        Some(r) => ops::truthy(vm, &r)?,
        None => false,
    };
    a.finish_kw("sort")?;
    if a.pos.len() != 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let l = receiver!(a, List, "list", "sort");
    // The list looks empty while it is being sorted, as in CPython.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = super::builtins::sort_values(vm, &mut items, key.as_ref(), reverse);
    let mut cur = l.items.borrow_mut();
    let modified = !cur.is_empty();
    *cur = items;
    drop(cur);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("list", "reverse", 1, 1)?;
    let l = receiver!(a, List, "list", "reverse");
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("list", "copy", 1, 1)?;
    let l = receiver!(a, List, "list", "copy");
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

fn list_clear(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("list", "clear", 1, 1)?;
    let l = receiver!(a, List, "list", "clear");
    let _old = std::mem::take(&mut *l.items.borrow_mut());
    Ok(Value::None)
}

fn tuple_index(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("tuple", "index", 2, 4)?;
    let t = receiver!(a, Tuple, "tuple", "index");
    let (start, stop) = bounds(vm, a, t.items.len())?;
    match find_in(vm, &t.items, &a.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("tuple", "count", 2, 2)?;
    let t = receiver!(a, Tuple, "tuple", "count");
    count_in(vm, &t.items, &a.pos[1])
}

// ----- range -----------------------------------------------------------------------------------

/// Position of `x` in range `r`, comparing with `==` as CPython does for non-ints.
fn range_position(vm: &mut Vm, range: &Value, x: &Value) -> PyResult<Option<i64>> {
    let Value::Range(r) = range else {
        return Ok(None);
    };
    if let Value::Int(_) | Value::Bool(_) = x {
        if !ops::contains(vm, range, x)? {
            return Ok(None);
        }
        let i = x.as_i64().unwrap_or(0);
        return Ok(Some((i - r.start) / r.step));
    }
    for k in 0..r.len() {
        if ops::eq(vm, &Value::Int(r.get(k)), x)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn range_index(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("range", "index", 2, 2)?;
    let r = a.pos[0].clone();
    match range_position(vm, &r, &a.pos[1])? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(value_error(format!(
            "{} is not in range",
            ops::repr(vm, &a.pos[1])?
        ))),
    }
}

fn range_count(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("range", "count", 2, 2)?;
    let r = a.pos[0].clone();
    if let Value::Int(_) | Value::Bool(_) = &a.pos[1] {
        return Ok(Value::Int(ops::contains(vm, &r, &a.pos[1])? as i64));
    }
    let Value::Range(rr) = &r else {
        return Ok(Value::Int(0));
    };
    let mut n = 0;
    for k in 0..rr.len() {
        n += ops::eq(vm, &Value::Int(rr.get(k)), &a.pos[1])? as i64;
    }
    Ok(Value::Int(n))
}

// ----- dict ------------------------------------------------------------------------------------

fn dict_get(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("dict", "get", 2, 3)?;
    let d = receiver!(a, Dict, "dict", "get");
    Ok(ops::dict_get(vm, &d, &a.pos[1])?
        .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_view(vm: &mut Vm, a: &Args, part: DictPart, name: &'static str) -> PyResult<Value> {
    a.check_method("dict", name, 1, 1)?;
    let d = match a.pos.first() {
        Some(Value::Dict(d)) => d.clone(),
        _ => {
            return Err(type_error(format!(
                "descriptor '{name}' requires a 'dict' object"
            )));
        }
    };
    Ok(super::views::make_view(vm, d, part))
}

fn dict_items(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    dict_view(vm, a, DictPart::Items, "items")
}
fn dict_keys(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    dict_view(vm, a, DictPart::Keys, "keys")
}
fn dict_values(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    dict_view(vm, a, DictPart::Values, "values")
}

fn dict_setdefault(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("dict", "setdefault", 2, 3)?;
    let d = receiver!(a, Dict, "dict", "setdefault");
    if let Some(v) = ops::dict_get(vm, &d, &a.pos[1])? {
        return Ok(v);
    }
    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
    ops::dict_set(vm, &d, a.pos[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("dict", "pop", 2, 3)?;
    let d = receiver!(a, Dict, "dict", "pop");
    let key = a.pos[1].clone();
    match ops::dict_remove(vm, &d, &key)? {
        Some(v) => Ok(v),
        None => match a.pos.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(key_error(key)),
        },
    }
}

fn dict_popitem(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("dict", "popitem", 1, 1)?;
    let d = receiver!(a, Dict, "dict", "popitem");
    let r = d.table.borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(key_error(Value::str("popitem(): dictionary is empty")).with_plain_message()),
    }
}

trait PlainMessage {
    fn with_plain_message(self) -> Self;
}
impl PlainMessage for super::exceptions::PyErr {
    /// `popitem` on an empty dict raises `KeyError('popitem(): dictionary is empty')`,
    /// whose str is the quoted message: CPython prints it the same way.
    fn with_plain_message(self) -> Self {
        self
    }
}

/// `dict.update(src)` / `dict(src)`: from a mapping or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &Dict, src: &Value) -> PyResult<()> {
    if let Value::Dict(s) = src {
        let entries: Vec<(Value, Value)> = s
            .table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            ops::dict_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    let items = ops::collect_iterable(vm, src)?;
    for (i, item) in items.into_iter().enumerate() {
        let pair = match ops::collect_iterable(vm, &item) {
            Ok(p) => p,
            Err(_) => {
                return Err(type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
        };
        if pair.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut it = pair.into_iter();
        let (k, v) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
        ops::dict_set(vm, d, k, v)?;
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("dict", "update", 1, 2)?;
    let d = receiver!(a, Dict, "dict", "update");
    if let Some(src) = a.pos.get(1).cloned() {
        dict_update_from(vm, &d, &src)?;
    }
    for (k, v) in std::mem::take(&mut a.kw) {
        ops::dict_set(vm, &d, Value::Str(k), v)?;
    }
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)` (a class method: `pos[0]` is the class).
fn dict_fromkeys(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("fromkeys")?;
    if a.pos.len() < 2 {
        return Err(type_error(format!(
            "fromkeys expected at least 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    if a.pos.len() > 3 {
        return Err(type_error(format!(
            "fromkeys expected at most 2 arguments, got {}",
            a.pos.len() - 1
        )));
    }
    let value = a.pos.get(2).cloned().unwrap_or(Value::None);
    let keys = ops::collect_iterable(vm, &a.pos[1])?;
    let result = Value::dict(super::dict::DictTable::new());
    if let Value::Dict(d) = &result {
        for k in keys {
            ops::dict_set(vm, d, k, value.clone())?;
        }
    }
    Ok(result)
}

fn dict_copy(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("dict", "copy", 1, 1)?;
    let d = receiver!(a, Dict, "dict", "copy");
    let t = d.table.borrow().clone();
    Ok(Value::dict(t))
}

fn dict_clear(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("dict", "clear", 1, 1)?;
    let d = receiver!(a, Dict, "dict", "clear");
    let _old = std::mem::take(&mut *d.table.borrow_mut());
    Ok(Value::None)
}

// ----- set -------------------------------------------------------------------------------------

fn set_add(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("set", "add", 2, 2)?;
    let s = receiver!(a, Set, "set", "add");
    ops::set_add(vm, &s, a.pos[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("set", "remove", 2, 2)?;
    let s = receiver!(a, Set, "set", "remove");
    if !set_ops::discard(vm, &s, &a.pos[1])? {
        return Err(key_error(a.pos[1].clone()));
    }
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("set", "discard", 2, 2)?;
    let s = receiver!(a, Set, "set", "discard");
    set_ops::discard(vm, &s, &a.pos[1])?;
    Ok(Value::None)
}

fn set_pop(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("set", "pop", 1, 1)?;
    let s = receiver!(a, Set, "set", "pop");
    let r = s
        .table
        .try_borrow_mut()
        .map_err(|_| super::exceptions::runtime_error("set busy"))?
        .pop();
    match r {
        Some(k) => Ok(k),
        None => Err(key_error(Value::str("pop from an empty set"))),
    }
}

fn set_union(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver!(a, Set, "set", "union");
    Ok(Value::Set(set_ops::union(vm, &s, &a.pos[1..])?))
}
fn set_intersection(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver!(a, Set, "set", "intersection");
    Ok(Value::Set(set_ops::intersection_multi(
        vm,
        &s,
        &a.pos[1..],
    )?))
}
fn set_difference(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver!(a, Set, "set", "difference");
    Ok(Value::Set(set_ops::difference_multi(vm, &s, &a.pos[1..])?))
}
fn set_symmetric_difference(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("set", "symmetric_difference", 2, 2)?;
    let s = receiver!(a, Set, "set", "symmetric_difference");
    Ok(Value::Set(set_ops::symmetric_difference(
        vm, &s, &a.pos[1],
    )?))
}

fn set_update(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver!(a, Set, "set", "update");
    for v in a.pos[1..].iter() {
        set_ops::update(vm, &s, v)?;
    }
    Ok(Value::None)
}
fn set_intersection_update(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver!(a, Set, "set", "intersection_update");
    set_ops::intersection_update(vm, &s, &a.pos[1..])?;
    Ok(Value::None)
}
fn set_difference_update(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver!(a, Set, "set", "difference_update");
    for v in a.pos[1..].iter() {
        set_ops::difference_update(vm, &s, v)?;
    }
    Ok(Value::None)
}
fn set_symmetric_difference_update(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("set", "symmetric_difference_update", 2, 2)?;
    let s = receiver!(a, Set, "set", "symmetric_difference_update");
    set_ops::symmetric_difference_update(vm, &s, &a.pos[1])?;
    Ok(Value::None)
}

fn set_relation(vm: &mut Vm, a: &mut Args, name: &'static str) -> PyResult<Value> {
    a.check_method("set", name, 2, 2)?;
    let s = receiver!(a, Set, "set", "issubset");
    let other = match &a.pos[1] {
        Value::Set(o) => Value::Set(o.clone()),
        v => Value::Set(set_ops::from_iterable(vm, v)?),
    };
    let me = Value::Set(s);
    let cmp = match name {
        "issubset" => crate::compiler::bytecode::Cmp::Le,
        _ => crate::compiler::bytecode::Cmp::Ge,
    };
    ops::compare(vm, cmp, &me, &other)
}

fn set_issubset(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    set_relation(vm, a, "issubset")
}
fn set_issuperset(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    set_relation(vm, a, "issuperset")
}

fn set_isdisjoint(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("set", "isdisjoint", 2, 2)?;
    let s = receiver!(a, Set, "set", "isdisjoint");
    for item in ops::collect_iterable(vm, &a.pos[1])? {
        if ops::set_contains(vm, &s, &item)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn set_copy(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("set", "copy", 1, 1)?;
    let s = receiver!(a, Set, "set", "copy");
    Ok(Value::Set(set_ops::copy(&s)?))
}

fn set_clear(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("set", "clear", 1, 1)?;
    let s = receiver!(a, Set, "set", "clear");
    s.table
        .try_borrow_mut()
        .map_err(|_| super::exceptions::runtime_error("set busy"))?
        .clear();
    Ok(Value::None)
}

/// The type name of a value, for method error messages.
pub fn tname(vm: &Vm, v: &Value) -> String {
    type_name(vm, v)
}
