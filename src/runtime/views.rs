//! Dict views (`d.keys()`, `d.values()`, `d.items()`): live, re-iterable views of a
//! dict. They are instances of native classes whose special methods are built-ins,
//! so `len`, `in`, iteration, `repr` and the set operators of keys views go through
//! the same dunder dispatch as user classes.

use std::cell::RefCell;
use std::rc::Rc;

use super::builtins::register_method;
use super::class::{Class, Instance, TypeKind};
use super::exceptions::{PyResult, type_error};
use super::iter::{DictPart, IterState};
use super::ops;
use super::set_ops;
use super::value::{Args, Dict, Set, Value};
use crate::interp::Vm;
#[allow(unused_imports)]
use crate::runtime::value::{B64, F64};

struct View {
    dict: Rc<Dict>,
    part: DictPart,
}

fn view_class(vm: &Vm, part: DictPart) -> Rc<Class> {
    let name = match part {
        DictPart::Keys => "dict_keys",
        DictPart::Values => "dict_values",
        DictPart::Items => "dict_items",
    };
    if let Some(c) = vm.types.iterators.borrow().get(name) {
        return c.clone();
    }
    let cls = super::types::new_class(
        name,
        TypeKind::User,
        vec![vm.types.object.clone()],
        "builtins",
    );
    register_method(&cls, name, "__iter__", view_iter);
    register_method(&cls, name, "__len__", view_len);
    register_method(&cls, name, "__contains__", view_contains);
    register_method(&cls, name, "__repr__", view_repr);
    register_method(&cls, name, "__reversed__", view_reversed);
    if part != DictPart::Values {
        register_method(&cls, name, "__eq__", view_eq);
        register_method(&cls, name, "__and__", view_and);
        register_method(&cls, name, "__or__", view_or);
        register_method(&cls, name, "__sub__", view_sub);
        register_method(&cls, name, "__xor__", view_xor);
        register_method(&cls, name, "__rand__", view_and);
        register_method(&cls, name, "__ror__", view_ror);
        register_method(&cls, name, "__rsub__", view_rsub);
        register_method(&cls, name, "__rxor__", view_rxor);
    }
    vm.types.iterators.borrow_mut().insert(name, cls.clone());
    cls
}

/// A view of `dict`.
pub fn make_view(vm: &Vm, dict: Rc<Dict>, part: DictPart) -> Value {
    let cls = view_class(vm, part);
    Value::Instance(Rc::new(Instance::new(
        cls,
        None,
        Some(RefCell::new(Box::new(View { dict, part }))),
    )))
}

fn view_parts(v: Option<&Value>) -> Option<(Rc<Dict>, DictPart)> {
    if let Some(Value::Instance(i)) = v
        && let Some(n) = &i.native
        && let Some(v) = n.borrow().downcast_ref::<View>()
    {
        return Some((v.dict.clone(), v.part));
    }
    None
}

fn view_of(a: &Args) -> PyResult<(Rc<Dict>, DictPart)> {
    view_parts(a.pos.first()).ok_or_else(|| type_error("expected a dict view"))
}

fn items_of(d: &Dict, part: DictPart) -> Vec<Value> {
    d.table
        .borrow()
        .iter()
        .map(|e| match part {
            DictPart::Keys => e.key.clone(),
            DictPart::Values => e.value.clone(),
            DictPart::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
        })
        .collect()
}

fn view_iter(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (dict, part) = view_of(a)?;
    let size = dict.table.borrow().len();
    Ok(Value::Iter(Rc::new(RefCell::new(IterState::Dict {
        dict,
        index: 0,
        part,
        size,
    }))))
}

/// `reversed(view)` (Python 3.8+): the entries from last to first.
fn view_reversed(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (dict, part) = view_of(a)?;
    let mut items = items_of(&dict, part);
    items.reverse();
    let name = match part {
        DictPart::Keys => "dict_reversekeyiterator",
        DictPart::Values => "dict_reversevalueiterator",
        DictPart::Items => "dict_reverseitemiterator",
    };
    Ok(Value::Iter(Rc::new(RefCell::new(IterState::Values {
        items,
        index: 0,
        name,
    }))))
}

fn view_len(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (dict, _) = view_of(a)?;
    let n = dict.table.borrow().len();
    Ok(Value::Int(n as i64))
}

fn view_contains(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (dict, part) = view_of(a)?;
    let x = a.pos.get(1).cloned().unwrap_or_default();
    Ok(Value::bool(view_has(vm, &dict, part, x)?))
}

/// `x in view`.
fn view_has(vm: &mut Vm, dict: &Rc<Dict>, part: DictPart, x: Value) -> PyResult<bool> {
    Ok(match part {
        DictPart::Keys => ops::dict_get(vm, dict, &x)?.is_some(),
        DictPart::Items => match &x {
            Value::Tuple(t) if t.items.len() == 2 => match ops::dict_get(vm, dict, &t.items[0])? {
                Some(v) => ops::eq_or_identical(vm, &v, &t.items[1])?,
                None => false,
            },
            _ => false,
        },
        DictPart::Values => {
            let vals = items_of(dict, part);
            let mut found = false;
            for v in vals {
                if ops::eq_or_identical(vm, &v, &x)? {
                    found = true;
                    break;
                }
            }
            found
        }
    })
}

fn view_repr(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (dict, part) = view_of(a)?;
    let name = match part {
        DictPart::Keys => "dict_keys",
        DictPart::Values => "dict_values",
        DictPart::Items => "dict_items",
    };
    let inner = ops::repr(vm, &Value::list(items_of(&dict, part)))?;
    Ok(Value::str(format!("{name}({inner})")))
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = match v {
        Value::Instance(_) => {
            let it = ops::get_iter(vm, v.clone())?;
            let mut out = Vec::new();
            while let Some(x) = ops::iter_next(vm, &it)? {
                out.push(x);
            }
            out
        }
        other => ops::collect_iterable(vm, other)?,
    };
    ops::new_set_from(vm, items)
}

/// A new set of a view's items (`dictviews_to_set`): a keys view is read straight from
/// its dict, anything else is iterated.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<Set>> {
    match view_parts(Some(v)) {
        Some((dict, DictPart::Keys)) => set_ops::from_iterable(vm, &Value::Dict(dict)),
        _ => set_ops::from_iterable(vm, v),
    }
}

/// `a & b` with a keys or items view on either side (`_PyDictView_Intersect`).
fn intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (this, mut other) = if view_parts(Some(a)).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let Some((mut dict, mut part)) = view_parts(Some(this)) else {
        return Err(type_error("expected a dict view"));
    };
    let len_self = dict.table.borrow().len();
    if let Value::Set(o) = other {
        // A bigger set does the work: `other.intersection(view)`.
        if len_self <= o.table.borrow().len() {
            return Ok(Value::Set(set_ops::intersection(vm, o, this)?));
        }
    }
    if let Some((d2, p2)) = view_parts(Some(other))
        && p2 != DictPart::Values
        && d2.table.borrow().len() > len_self
    {
        // Iterate the smaller view, look up in the bigger one.
        other = this;
        (dict, part) = (d2, p2);
    }
    let result = set_ops::new_set();
    let it = ops::get_iter(vm, other.clone())?;
    while let Some(x) = ops::iter_next(vm, &it)? {
        if view_has(vm, &dict, part, x.clone())? {
            set_ops::add(vm, &result, x)?;
        }
    }
    Ok(Value::Set(result))
}

fn operands(a: &Args, reflected: bool) -> (Value, Value) {
    let x = a.pos.first().cloned().unwrap_or_default();
    let y = a.pos.get(1).cloned().unwrap_or_default();
    if reflected { (y, x) } else { (x, y) }
}

/// `left | right`, `left - right`, `left ^ right` with a view on either side: a set of
/// the left operand, updated in place with the right one (`dictviews_or`, ...).
fn view_setop(
    vm: &mut Vm,
    a: &Args,
    reflected: bool,
    op: crate::syntax::ast::BinOp,
) -> PyResult<Value> {
    use crate::syntax::ast::BinOp;
    let (left, right) = operands(a, reflected);
    let result = to_set(vm, &left)?;
    match op {
        BinOp::BitOr => set_ops::update(vm, &result, &right)?,
        BinOp::Sub => set_ops::difference_update(vm, &result, &right)?,
        _ => set_ops::symmetric_difference_update(vm, &result, &right)?,
    }
    Ok(Value::Set(result))
}

fn view_and(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (left, right) = operands(a, false);
    intersect(vm, &left, &right)
}
fn view_or(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    view_setop(vm, a, false, crate::syntax::ast::BinOp::BitOr)
}
fn view_ror(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    view_setop(vm, a, true, crate::syntax::ast::BinOp::BitOr)
}
fn view_sub(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    view_setop(vm, a, false, crate::syntax::ast::BinOp::Sub)
}
fn view_rsub(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    view_setop(vm, a, true, crate::syntax::ast::BinOp::Sub)
}
fn view_xor(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    view_setop(vm, a, false, crate::syntax::ast::BinOp::BitXor)
}
fn view_rxor(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    view_setop(vm, a, true, crate::syntax::ast::BinOp::BitXor)
}

fn view_eq(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let me = as_set(vm, &a.pos[0].clone())?;
    let other = a.pos.get(1).cloned().unwrap_or_default();
    match &other {
        Value::Set(_) | Value::Instance(_) => {
            let o = as_set(vm, &other)?;
            Ok(Value::bool(ops::eq(vm, &me, &o)?))
        }
        _ => Ok(Value::bool(false)),
    }
}
