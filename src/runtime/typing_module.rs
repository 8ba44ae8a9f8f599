//! A minimal `typing` module: scripts written with type hints (`from typing import
//! List, Optional`) run, since annotations are parsed and ignored. Every name is a
//! placeholder that can be subscripted (`Dict[str, List[int]]`, for type aliases) and
//! printed; `cast` returns its value, `TypeVar` makes a placeholder, and
//! `TYPE_CHECKING` is `False`.

use std::cell::RefCell;
use std::rc::Rc;

use super::builtins::{register, register_method};
use super::class::{Class, Instance, TypeKind};
use super::exceptions::{PyResult, type_error};
use super::ops;
use super::value::{Args, Module, Value};
use crate::interp::Vm;

/// The special forms and generic aliases the module offers.
const NAMES: &[&str] = &[
    "Any",
    "List",
    "Dict",
    "Tuple",
    "Set",
    "FrozenSet",
    "Optional",
    "Union",
    "Callable",
    "Iterable",
    "Iterator",
    "Sequence",
    "MutableSequence",
    "Mapping",
    "MutableMapping",
    "Collection",
    "Container",
    "Generator",
    "Type",
    "Final",
    "ClassVar",
    "Literal",
    "NoReturn",
    "Deque",
    "DefaultDict",
    "Counter",
    "Hashable",
    "Sized",
    "Reversible",
];

/// What a placeholder prints as (`typing.List`, `typing.Dict[str, int]`, `~T`).
struct Placeholder(String);

fn placeholder_class(vm: &Vm) -> Rc<Class> {
    vm.types
        .iterators
        .borrow_mut()
        .entry("typing._Placeholder")
        .or_insert_with(|| {
            let cls = super::types::new_class(
                "_SpecialForm",
                TypeKind::User,
                vec![vm.types.object.clone()],
                "typing",
            );
            register_method(&cls, "_SpecialForm", "__getitem__", placeholder_getitem);
            register_method(&cls, "_SpecialForm", "__repr__", placeholder_repr);
            cls
        })
        .clone()
}

fn placeholder(vm: &Vm, text: String) -> Value {
    Value::Instance(Rc::new(Instance::new(
        placeholder_class(vm),
        None,
        Some(RefCell::new(Box::new(Placeholder(text)))),
    )))
}

fn text_of(v: &Value) -> Option<String> {
    let Value::Instance(i) = v else { return None };
    let n = i.native.as_ref()?;
    n.borrow()
        .downcast_ref::<Placeholder>()
        .map(|p| p.0.clone())
}

/// The text of a type argument: a placeholder, a class name, `None`, or a repr.
fn arg_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(t) = text_of(v) {
        return Ok(t);
    }
    Ok(match v {
        Value::Class(c) => c.name.as_str().to_string(),
        Value::None => "None".to_string(),
        Value::List(l) => {
            let items = l.items.borrow().clone();
            let parts: PyResult<Vec<String>> = items.iter().map(|x| arg_text(vm, x)).collect();
            format!("[{}]", parts?.join(", "))
        }
        other => ops::repr(vm, other)?,
    })
}

fn placeholder_getitem(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (Some(this), Some(key)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(type_error("__getitem__ expected 1 argument"));
    };
    let base = text_of(this).unwrap_or_default();
    generic_alias(vm, &base, key)
}

/// `base[key]` as a type annotation (`list[int]`, `Optional[str]`): an object
/// that prints as written and can be subscripted again.
pub fn generic_alias(vm: &mut Vm, base: &str, key: &Value) -> PyResult<Value> {
    let args = match key {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let parts: PyResult<Vec<String>> = args.iter().map(|x| arg_text(vm, x)).collect();
    Ok(placeholder(vm, format!("{base}[{}]", parts?.join(", "))))
}

fn placeholder_repr(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    Ok(Value::str(
        a.pos.first().and_then(text_of).unwrap_or_default(),
    ))
}

fn typing_cast(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    // `cast(typ, val)` is written in Python, so both may come by keyword.
    a.check_py("cast", &["typ", "val"], 2)?;
    a.finish_kw_py("cast")?;
    Ok(a.pos[1].clone())
}

fn typing_typevar(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let _ = a.take_kw("bound");
    let _ = a.take_kw("covariant");
    let _ = a.take_kw("contravariant");
    a.finish_kw("TypeVar")?;
    match a.pos.first() {
        Some(Value::Str(s)) => Ok(placeholder(vm, format!("~{}", s.as_str()))),
        _ => Err(type_error("TypeVar name must be a string")),
    }
}

/// Builds the `typing` module.
pub fn typing_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("typing");
    for &name in NAMES {
        let p = placeholder(vm, format!("typing.{name}"));
        let _ = ops::dict_set_str(&m.dict, name, p);
    }
    let _ = ops::dict_set_str(&m.dict, "TYPE_CHECKING", Value::bool(false));
    register(&m.dict, "cast", typing_cast);
    register(&m.dict, "TypeVar", typing_typevar);
    m
}
