//! Methods of the built-in container types (`list`, `dict`, `set`, `tuple`); `str`
//! methods are in [`super::str_methods`]. Each is a native function whose first
//! argument is the receiver; they are installed in the type's class namespace.

use super::builtins::{int_arg, register_method};
use super::exceptions::{PyResult, index_error, key_error, type_error, value_error};
use super::iter::DictPart;
use super::ops::{self, type_name};
use super::set_ops;
use super::value::{Args, Dict, NativeFn, Range, Value};
use crate::interp::Vm;
use crate::receiver;
#[allow(unused_imports)]
use crate::runtime::value::{B64, F64};
use num_traits::Signed;

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
    install_numbers(vm);
    install_dunders(vm);
}

// ----- list ---------------------------------------------------------------------------------

pub(crate) fn list_append(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("list", "append", 2, 2)?;
    let l = receiver!(a, List, "list", "append");
    let v = a.pos.pop().unwrap_or_default();
    super::value::push_item(&mut l.items.borrow_mut(), v);
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
    a.no_kwargs("list.insert")?;
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

/// The first position in `start..stop` of list `l` whose item equals `x`, reading
/// the list afresh at every step as CPython does (an `__eq__` may change it; the
/// scan ends at its current length).
fn find_in_list(
    vm: &mut Vm,
    l: &super::value::List,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = match l.items.borrow().get(i) {
            Some(v) if i < stop => v.clone(),
            _ => return Ok(None),
        };
        if ops::eq_or_identical(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn bounds(vm: &Vm, a: &Args, n: usize) -> PyResult<(usize, usize)> {
    let norm = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None => Ok(default),
            Some(v) => {
                // CPython's `_PyEval_SliceIndexNotNone`: big ints clamp, and
                // anything that is not an int is a slice-index error.
                let i = match v {
                    Value::BigInt(b) if b.is_negative() => i64::MIN,
                    Value::BigInt(_) => i64::MAX,
                    Value::Int(_) | Value::Bool(_) | Value::Instance(_) => int_arg(vm, v, "index")?,
                    _ => {
                        return Err(type_error(
                            "slice indices must be integers or have an __index__ method",
                        ));
                    }
                };
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
    match find_in_list(vm, &l, &a.pos[1], 0, usize::MAX)? {
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
    let len = l.items.borrow().len();
    let (start, stop) = bounds(vm, a, len)?;
    match find_in_list(vm, &l, &a.pos[1], start, stop)? {
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
    // Each match found by the same live scan as `index` (an `__eq__` may change
    // the list, as CPython sees).
    let (mut n, mut from) = (0, 0);
    while let Some(i) = find_in_list(vm, &l, &a.pos[1], from, usize::MAX)? {
        n += 1;
        from = i + 1;
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    // `sort(*, key=None, reverse=False)`, with Argument Clinic's count check first.
    let given = a.pos.len().saturating_sub(1) + a.kw.len();
    if given > 2 {
        let keyword = if a.pos.len() <= 1 { "keyword " } else { "" };
        return Err(type_error(format!(
            "sort() takes at most 2 {keyword}arguments ({given} given)"
        )));
    }
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
fn range_position(vm: &mut Vm, range: &Value, x: &Value) -> PyResult<Option<Value>> {
    let Value::Range(r) = range else {
        return Ok(None);
    };
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = x {
        if !ops::contains(vm, range, x)? {
            return Ok(None);
        }
        if let (&Range::Small { start, step, .. }, Some(i)) = (&**r, x.as_i64()) {
            let k = (i128::from(i) - i128::from(start)) / i128::from(step);
            return Ok(Some(Value::from_i128(k)));
        }
        let (start, _, step) = r.parts();
        let i = x.to_bigint().unwrap_or_default();
        return Ok(Some(Value::from_bigint((i - start) / step)));
    }
    let it = ops::get_iter(vm, range.clone())?;
    let mut k = 0i64;
    while let Some(v) = ops::iter_next(vm, &it)? {
        if ops::eq(vm, &v, x)? {
            return Ok(Some(Value::Int(k)));
        }
        k += 1;
    }
    Ok(None)
}

fn range_index(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("range", "index", 2, 2)?;
    let r = a.pos[0].clone();
    match range_position(vm, &r, &a.pos[1])? {
        Some(i) => Ok(i),
        // Ints are looked up arithmetically; anything else is CPython's generic
        // sequence search, with its message.
        None if !matches!(a.pos[1], Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            Err(value_error("sequence.index(x): x not in sequence"))
        }
        None => Err(value_error(format!(
            "{} is not in range",
            ops::repr(vm, &a.pos[1])?
        ))),
    }
}

fn range_count(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("range", "count", 2, 2)?;
    let r = a.pos[0].clone();
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = &a.pos[1] {
        return Ok(Value::Int(ops::contains(vm, &r, &a.pos[1])? as i64));
    }
    if !matches!(r, Value::Range(_)) {
        return Ok(Value::Int(0));
    }
    let it = ops::get_iter(vm, r)?;
    let mut n = 0;
    while let Some(v) = ops::iter_next(vm, &it)? {
        n += ops::eq(vm, &v, &a.pos[1])? as i64;
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
    if let Some(entries) = ops::mapping_items(vm, src)? {
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
    // `d.update(a=1)`: keywords become items.
    a.check_method_count("dict", "update", 1, 2)?;
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
    a.no_kwargs("dict.fromkeys")?;
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
    // Versions move on (the cached lookups of tiers 1 and 2 check them).
    let _old = d.table.borrow_mut().take_all();
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
    a.no_kwargs("set.union")?;
    Ok(Value::Set(set_ops::union(vm, &s, &a.pos[1..])?))
}
fn set_intersection(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver!(a, Set, "set", "intersection");
    a.no_kwargs("set.intersection")?;
    Ok(Value::Set(set_ops::intersection_multi(
        vm,
        &s,
        &a.pos[1..],
    )?))
}
fn set_difference(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver!(a, Set, "set", "difference");
    a.no_kwargs("set.difference")?;
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
    a.no_kwargs("set.update")?;
    for v in a.pos[1..].iter() {
        set_ops::update(vm, &s, v)?;
    }
    Ok(Value::None)
}
fn set_intersection_update(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver!(a, Set, "set", "intersection_update");
    a.no_kwargs("set.intersection_update")?;
    set_ops::intersection_update(vm, &s, &a.pos[1..])?;
    Ok(Value::None)
}
fn set_difference_update(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver!(a, Set, "set", "difference_update");
    a.no_kwargs("set.difference_update")?;
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

// ----- int and float ------------------------------------------------------------------------

fn install_numbers(vm: &mut Vm) {
    let int: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("as_integer_ratio", int_as_integer_ratio),
        ("conjugate", int_conjugate),
    ];
    for &(n, f) in int {
        register_method(&vm.types.int, "int", n, f);
    }
    let float: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("conjugate", float_conjugate),
    ];
    for &(n, f) in float {
        register_method(&vm.types.float, "float", n, f);
    }
}

/// The receiver of an `int` method as a big int (bools are ints).
fn int_self(vm: &Vm, a: &Args, name: &str) -> PyResult<num_bigint::BigInt> {
    a.check_method("int", name, 1, 1)?;
    match a.pos.first() {
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            Ok(v.to_bigint().unwrap_or_default())
        }
        Some(v) => Err(type_error(format!(
            "descriptor '{name}' for 'int' objects doesn't apply to a '{}' object",
            type_name(vm, v)
        ))),
        None => Err(type_error(format!(
            "unbound method int.{name}() needs an argument"
        ))),
    }
}

fn int_bit_length(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    if let Some(Value::Int(i)) = a.pos.first()
        && a.pos.len() == 1
        && a.kw.is_empty()
    {
        return Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64));
    }
    let n = int_self(vm, a, "bit_length")?;
    Ok(Value::Int(n.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let n = int_self(vm, a, "bit_count")?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let n = int_self(vm, a, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

fn int_conjugate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let n = int_self(vm, a, "conjugate")?;
    Ok(Value::from_bigint(n))
}

fn float_self(vm: &Vm, a: &Args, name: &str) -> PyResult<f64> {
    a.check_method("float", name, 1, 1)?;
    match a.pos.first() {
        Some(Value::Float(f)) => Ok(f.get()),
        Some(v) => Err(type_error(format!(
            "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
            type_name(vm, v)
        ))),
        None => Err(type_error(format!(
            "unbound method float.{name}() needs an argument"
        ))),
    }
}

fn float_is_integer(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let x = float_self(vm, a, "is_integer")?;
    Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
}

fn float_conjugate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    Ok(Value::float(float_self(vm, a, "conjugate")?))
}

/// `float.as_integer_ratio`: the exact value as a fraction in lowest terms.
fn float_as_integer_ratio(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    use num_bigint::BigInt;
    let x = float_self(vm, a, "as_integer_ratio")?;
    if x.is_infinite() {
        return Err(super::exceptions::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // Lowest terms: the denominator is a power of two.
    let tz = (mant.trailing_zeros() as i64).min(if exp < 0 { -exp } else { 0 });
    mant >>= tz;
    exp += tz;
    let mut num = BigInt::from(mant);
    if x < 0.0 {
        num = -num;
    }
    let den = if exp >= 0 {
        num <<= exp as usize;
        BigInt::from(1)
    } else {
        BigInt::from(1) << (-exp) as usize
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

// ----- special methods of the built-in types -------------------------------------------------
//
// `d.__getitem__`, `[].__len__`, `iter(x).__next__`, `(1).__add__` and friends, so bound
// dunders work as key functions. The operators themselves never look these up: they
// dispatch natively, and only instances of user classes consult their class's dunders.

/// Checks the receiver of `owner.method` with `matches` and the argument count
/// (`argc` besides the receiver).
fn dunder_args(
    vm: &Vm,
    a: &Args,
    owner: &str,
    method: &str,
    argc: usize,
    matches: fn(&Value) -> bool,
) -> PyResult<()> {
    match a.pos.first() {
        None => {
            return Err(type_error(format!(
                "descriptor '{method}' of '{owner}' object needs an argument"
            )));
        }
        Some(v) if !matches(v) => {
            return Err(type_error(format!(
                "descriptor '{method}' requires a '{owner}' object but received a '{}'",
                type_name(vm, v)
            )));
        }
        _ => {}
    }
    if !a.kw.is_empty() {
        // Most of these are slot wrappers in CPython (`wrapper __len__() takes no
        // keyword arguments`); a few are ordinary methods named with their type.
        let is_method = matches!(
            (owner, method),
            ("list" | "dict", "__getitem__") | ("dict" | "set", "__contains__")
        );
        return Err(type_error(if is_method {
            format!("{owner}.{method}() takes no keyword arguments")
        } else {
            format!("wrapper {method}() takes no keyword arguments")
        }));
    }
    let n = a.pos.len() - 1;
    if n != argc {
        return Err(type_error(if argc == 1 {
            format!("{owner}.{method}() takes exactly one argument ({n} given)")
        } else {
            format!(
                "expected {argc} argument{}, got {n}",
                if argc == 1 { "" } else { "s" }
            )
        }));
    }
    Ok(())
}

fn is_list(v: &Value) -> bool {
    matches!(v, Value::List(_))
}
fn is_tuple(v: &Value) -> bool {
    matches!(v, Value::Tuple(_))
}
fn is_dict(v: &Value) -> bool {
    matches!(v, Value::Dict(_))
}
fn is_set(v: &Value) -> bool {
    matches!(v, Value::Set(_))
}
fn is_str(v: &Value) -> bool {
    matches!(v, Value::Str(_))
}
fn is_range(v: &Value) -> bool {
    matches!(v, Value::Range(_))
}
fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}
fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_))
}
fn is_iter(v: &Value) -> bool {
    matches!(v, Value::Iter(_))
}

/// Generates one dunder per `(type, method)`: `fn name(vm, a)` checking the receiver
/// with `is` and the argument count, then evaluating `body` with `a.pos` checked.
macro_rules! dunders {
    ($($fname:ident: $owner:literal . $method:literal ($is:ident, $argc:expr) => |$vm:ident, $p:ident| $body:expr;)*) => {
        $(
            fn $fname($vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
                dunder_args($vm, a, $owner, $method, $argc, $is)?;
                let $p = &a.pos;
                $body
            }
        )*
    };
}

fn d_len(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(super::builtins::len_of(vm, v)?))
}
fn d_contains(vm: &mut Vm, c: &Value, x: &Value) -> PyResult<Value> {
    Ok(Value::bool(ops::contains(vm, c, x)?))
}
fn d_setitem(vm: &mut Vm, c: &Value, k: &Value, v: &Value) -> PyResult<Value> {
    ops::setitem(vm, c, k.clone(), v.clone())?;
    Ok(Value::None)
}
fn d_delitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    ops::delitem(vm, c, k)?;
    Ok(Value::None)
}
fn d_next(vm: &mut Vm, it: &Value) -> PyResult<Value> {
    ops::iter_next(vm, it)?.ok_or_else(super::exceptions::stop_iteration)
}

/// `int.__op__(other)`: `NotImplemented` unless `other` is an int too.
fn int_binop(vm: &mut Vm, p: &[Value], op: crate::syntax::ast::BinOp) -> PyResult<Value> {
    if !is_int(&p[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let idx = crate::compiler::bytecode::bin_op_index(op);
    ops::binary_op(vm, idx, p[0].clone(), p[1].clone(), false)
}

/// `float.__op__(other)`: `NotImplemented` unless `other` is a float or an int.
fn float_binop(vm: &mut Vm, p: &[Value], op: crate::syntax::ast::BinOp) -> PyResult<Value> {
    if !is_int(&p[1]) && !is_float(&p[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let idx = crate::compiler::bytecode::bin_op_index(op);
    ops::binary_op(vm, idx, p[0].clone(), p[1].clone(), false)
}

/// A rich comparison of two values of kinds `ok` accepts, else `NotImplemented`.
fn rich_cmp(
    vm: &mut Vm,
    p: &[Value],
    cmp: crate::compiler::bytecode::Cmp,
    ok: fn(&Value) -> bool,
) -> PyResult<Value> {
    if !ok(&p[1]) {
        return Ok(vm.not_implemented.clone());
    }
    ops::compare(vm, cmp, &p[0], &p[1])
}

fn is_real(v: &Value) -> bool {
    is_int(v) || is_float(v)
}

use crate::compiler::bytecode::Cmp;
use crate::syntax::ast::BinOp;

dunders! {
    list_len: "list"."__len__"(is_list, 0) => |vm, p| d_len(vm, &p[0]);
    list_getitem: "list"."__getitem__"(is_list, 1) => |vm, p| ops::getitem(vm, &p[0], &p[1]);
    list_setitem: "list"."__setitem__"(is_list, 2) => |vm, p| d_setitem(vm, &p[0], &p[1], &p[2]);
    list_delitem: "list"."__delitem__"(is_list, 1) => |vm, p| d_delitem(vm, &p[0], &p[1]);
    list_contains: "list"."__contains__"(is_list, 1) => |vm, p| d_contains(vm, &p[0], &p[1]);
    list_iter: "list"."__iter__"(is_list, 0) => |vm, p| ops::get_iter(vm, p[0].clone());
    tuple_len: "tuple"."__len__"(is_tuple, 0) => |vm, p| d_len(vm, &p[0]);
    tuple_getitem: "tuple"."__getitem__"(is_tuple, 1) => |vm, p| ops::getitem(vm, &p[0], &p[1]);
    tuple_contains: "tuple"."__contains__"(is_tuple, 1) => |vm, p| d_contains(vm, &p[0], &p[1]);
    tuple_iter: "tuple"."__iter__"(is_tuple, 0) => |vm, p| ops::get_iter(vm, p[0].clone());
    dict_len: "dict"."__len__"(is_dict, 0) => |vm, p| d_len(vm, &p[0]);
    dict_getitem: "dict"."__getitem__"(is_dict, 1) => |vm, p| ops::getitem(vm, &p[0], &p[1]);
    dict_setitem: "dict"."__setitem__"(is_dict, 2) => |vm, p| d_setitem(vm, &p[0], &p[1], &p[2]);
    dict_delitem: "dict"."__delitem__"(is_dict, 1) => |vm, p| d_delitem(vm, &p[0], &p[1]);
    dict_contains: "dict"."__contains__"(is_dict, 1) => |vm, p| d_contains(vm, &p[0], &p[1]);
    dict_iter: "dict"."__iter__"(is_dict, 0) => |vm, p| ops::get_iter(vm, p[0].clone());
    set_len: "set"."__len__"(is_set, 0) => |vm, p| d_len(vm, &p[0]);
    set_contains: "set"."__contains__"(is_set, 1) => |vm, p| d_contains(vm, &p[0], &p[1]);
    set_iter: "set"."__iter__"(is_set, 0) => |vm, p| ops::get_iter(vm, p[0].clone());
    str_len: "str"."__len__"(is_str, 0) => |vm, p| d_len(vm, &p[0]);
    str_getitem: "str"."__getitem__"(is_str, 1) => |vm, p| ops::getitem(vm, &p[0], &p[1]);
    str_contains: "str"."__contains__"(is_str, 1) => |vm, p| d_contains(vm, &p[0], &p[1]);
    str_iter: "str"."__iter__"(is_str, 0) => |vm, p| ops::get_iter(vm, p[0].clone());
    str_add: "str"."__add__"(is_str, 1) => |vm, p| ops::binary_op(vm, crate::compiler::bytecode::bin_op_index(BinOp::Add), p[0].clone(), p[1].clone(), false);
    str_eq: "str"."__eq__"(is_str, 1) => |vm, p| rich_cmp(vm, p, Cmp::Eq, is_str);
    str_ne: "str"."__ne__"(is_str, 1) => |vm, p| rich_cmp(vm, p, Cmp::Ne, is_str);
    str_lt: "str"."__lt__"(is_str, 1) => |vm, p| rich_cmp(vm, p, Cmp::Lt, is_str);
    str_le: "str"."__le__"(is_str, 1) => |vm, p| rich_cmp(vm, p, Cmp::Le, is_str);
    str_gt: "str"."__gt__"(is_str, 1) => |vm, p| rich_cmp(vm, p, Cmp::Gt, is_str);
    str_ge: "str"."__ge__"(is_str, 1) => |vm, p| rich_cmp(vm, p, Cmp::Ge, is_str);
    range_len: "range"."__len__"(is_range, 0) => |vm, p| d_len(vm, &p[0]);
    range_getitem: "range"."__getitem__"(is_range, 1) => |vm, p| ops::getitem(vm, &p[0], &p[1]);
    range_contains: "range"."__contains__"(is_range, 1) => |vm, p| d_contains(vm, &p[0], &p[1]);
    range_iter: "range"."__iter__"(is_range, 0) => |vm, p| ops::get_iter(vm, p[0].clone());
    iter_next: "iterator"."__next__"(is_iter, 0) => |vm, p| d_next(vm, &p[0]);
    iter_iter: "iterator"."__iter__"(is_iter, 0) => |_vm, p| Ok(p[0].clone());
    int_add: "int"."__add__"(is_int, 1) => |vm, p| int_binop(vm, p, BinOp::Add);
    int_sub: "int"."__sub__"(is_int, 1) => |vm, p| int_binop(vm, p, BinOp::Sub);
    int_mul: "int"."__mul__"(is_int, 1) => |vm, p| int_binop(vm, p, BinOp::Mult);
    int_floordiv: "int"."__floordiv__"(is_int, 1) => |vm, p| int_binop(vm, p, BinOp::FloorDiv);
    int_truediv: "int"."__truediv__"(is_int, 1) => |vm, p| int_binop(vm, p, BinOp::Div);
    int_mod: "int"."__mod__"(is_int, 1) => |vm, p| int_binop(vm, p, BinOp::Mod);
    int_and: "int"."__and__"(is_int, 1) => |vm, p| int_binop(vm, p, BinOp::BitAnd);
    int_or: "int"."__or__"(is_int, 1) => |vm, p| int_binop(vm, p, BinOp::BitOr);
    int_xor: "int"."__xor__"(is_int, 1) => |vm, p| int_binop(vm, p, BinOp::BitXor);
    int_eq: "int"."__eq__"(is_int, 1) => |vm, p| rich_cmp(vm, p, Cmp::Eq, is_int);
    int_ne: "int"."__ne__"(is_int, 1) => |vm, p| rich_cmp(vm, p, Cmp::Ne, is_int);
    int_lt: "int"."__lt__"(is_int, 1) => |vm, p| rich_cmp(vm, p, Cmp::Lt, is_int);
    int_le: "int"."__le__"(is_int, 1) => |vm, p| rich_cmp(vm, p, Cmp::Le, is_int);
    int_gt: "int"."__gt__"(is_int, 1) => |vm, p| rich_cmp(vm, p, Cmp::Gt, is_int);
    int_ge: "int"."__ge__"(is_int, 1) => |vm, p| rich_cmp(vm, p, Cmp::Ge, is_int);
    float_add: "float"."__add__"(is_float, 1) => |vm, p| float_binop(vm, p, BinOp::Add);
    float_sub: "float"."__sub__"(is_float, 1) => |vm, p| float_binop(vm, p, BinOp::Sub);
    float_mul: "float"."__mul__"(is_float, 1) => |vm, p| float_binop(vm, p, BinOp::Mult);
    float_truediv: "float"."__truediv__"(is_float, 1) => |vm, p| float_binop(vm, p, BinOp::Div);
    float_floordiv: "float"."__floordiv__"(is_float, 1) => |vm, p| float_binop(vm, p, BinOp::FloorDiv);
    float_mod: "float"."__mod__"(is_float, 1) => |vm, p| float_binop(vm, p, BinOp::Mod);
    float_eq: "float"."__eq__"(is_float, 1) => |vm, p| rich_cmp(vm, p, Cmp::Eq, is_real);
    float_ne: "float"."__ne__"(is_float, 1) => |vm, p| rich_cmp(vm, p, Cmp::Ne, is_real);
    float_lt: "float"."__lt__"(is_float, 1) => |vm, p| rich_cmp(vm, p, Cmp::Lt, is_real);
    float_le: "float"."__le__"(is_float, 1) => |vm, p| rich_cmp(vm, p, Cmp::Le, is_real);
    float_gt: "float"."__gt__"(is_float, 1) => |vm, p| rich_cmp(vm, p, Cmp::Gt, is_real);
    float_ge: "float"."__ge__"(is_float, 1) => |vm, p| rich_cmp(vm, p, Cmp::Ge, is_real);
}

/// A built-in type, its name and its special methods.
type DunderTable<'a> = (
    &'a std::rc::Rc<super::class::Class>,
    &'static str,
    &'a [(&'static str, NativeFn)],
);

fn install_dunders(vm: &mut Vm) {
    let t = &vm.types;
    let table: &[DunderTable] = &[
        (
            &t.list,
            "list",
            &[
                ("__len__", list_len),
                ("__getitem__", list_getitem),
                ("__setitem__", list_setitem),
                ("__delitem__", list_delitem),
                ("__contains__", list_contains),
                ("__iter__", list_iter),
            ],
        ),
        (
            &t.tuple,
            "tuple",
            &[
                ("__len__", tuple_len),
                ("__getitem__", tuple_getitem),
                ("__contains__", tuple_contains),
                ("__iter__", tuple_iter),
            ],
        ),
        (
            &t.dict,
            "dict",
            &[
                ("__len__", dict_len),
                ("__getitem__", dict_getitem),
                ("__setitem__", dict_setitem),
                ("__delitem__", dict_delitem),
                ("__contains__", dict_contains),
                ("__iter__", dict_iter),
            ],
        ),
        (
            &t.set,
            "set",
            &[
                ("__len__", set_len),
                ("__contains__", set_contains),
                ("__iter__", set_iter),
            ],
        ),
        (
            &t.str_,
            "str",
            &[
                ("__len__", str_len),
                ("__getitem__", str_getitem),
                ("__contains__", str_contains),
                ("__iter__", str_iter),
                ("__add__", str_add),
                ("__eq__", str_eq),
                ("__ne__", str_ne),
                ("__lt__", str_lt),
                ("__le__", str_le),
                ("__gt__", str_gt),
                ("__ge__", str_ge),
            ],
        ),
        (
            &t.range,
            "range",
            &[
                ("__len__", range_len),
                ("__getitem__", range_getitem),
                ("__contains__", range_contains),
                ("__iter__", range_iter),
            ],
        ),
        (
            &t.int,
            "int",
            &[
                ("__add__", int_add),
                ("__sub__", int_sub),
                ("__mul__", int_mul),
                ("__floordiv__", int_floordiv),
                ("__truediv__", int_truediv),
                ("__mod__", int_mod),
                ("__and__", int_and),
                ("__or__", int_or),
                ("__xor__", int_xor),
                ("__eq__", int_eq),
                ("__ne__", int_ne),
                ("__lt__", int_lt),
                ("__le__", int_le),
                ("__gt__", int_gt),
                ("__ge__", int_ge),
            ],
        ),
        (
            &t.float,
            "float",
            &[
                ("__add__", float_add),
                ("__sub__", float_sub),
                ("__mul__", float_mul),
                ("__truediv__", float_truediv),
                ("__floordiv__", float_floordiv),
                ("__mod__", float_mod),
                ("__eq__", float_eq),
                ("__ne__", float_ne),
                ("__lt__", float_lt),
                ("__le__", float_le),
                ("__gt__", float_gt),
                ("__ge__", float_ge),
            ],
        ),
    ];
    for (cls, owner, methods) in table {
        for &(n, f) in methods.iter() {
            register_method(cls, owner, n, f);
        }
    }
    // The iterator types: `iter(x).__next__` and `it.__iter__`.
    for name in [
        "list_iterator",
        "list_reverseiterator",
        "tuple_iterator",
        "str_ascii_iterator",
        "range_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "set_iterator",
        "iterator",
        "enumerate",
        "zip",
        "map",
        "filter",
        "generator",
    ] {
        let cls = vm.types.iterator_class(name);
        register_method(&cls, name, "__next__", iter_next);
        register_method(&cls, name, "__iter__", iter_iter);
    }
    let generator = vm.types.iterator_class("generator");
    use crate::interp::generators::{gen_close, gen_send, gen_throw};
    register_method(&generator, "generator", "send", gen_send);
    register_method(&generator, "generator", "throw", gen_throw);
    register_method(&generator, "generator", "close", gen_close);
}
