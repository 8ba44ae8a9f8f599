//! `staticmethod`, `classmethod` and `property`: the three built-in descriptors of
//! Level 1.
//!
//! Each is an [`Instance`] of its built-in class whose `native` state is a
//! [`Descriptor`]. Attribute lookup ([`super::class_ops`]) asks [`descriptor_of`] about
//! every value it finds in a class namespace and, for a descriptor, calls
//! [`get_from_instance`] / [`get_from_class`] instead of binding it as a method.
//! Assignment and deletion of instance attributes go through a `property`'s setter and
//! deleter ([`class_property`] finds one).

use std::cell::RefCell;
use std::rc::Rc;

use super::class::{Class, Instance};
use super::class_ops::class_lookup;
use super::exceptions::{PyResult, attribute_error, type_error};
use super::value::{Args, PyStr, Value};
use crate::interp::Vm;

/// The state of a descriptor object.
#[derive(Clone)]
pub enum Descriptor {
    /// `staticmethod(f)`: `f` itself, from the class or an instance.
    Static(Value),
    /// `classmethod(f)`: `f` bound to the class.
    ClassMethod(Value),
    /// `property(fget, fset, fdel, doc)`.
    Property(Property),
}

/// A `property`: accessor functions (`None` when absent) and the attribute name it was
/// assigned to in a class body (for error messages).
#[derive(Clone)]
pub struct Property {
    /// The getter, or `None`.
    pub fget: Value,
    /// The setter, or `None`.
    pub fset: Value,
    /// The deleter, or `None`.
    pub fdel: Value,
    /// `__doc__`.
    pub doc: Value,
    /// The name in the class that owns it (CPython's `__set_name__`).
    pub name: Option<Rc<PyStr>>,
}

/// The descriptor state of `v`, if it is a `staticmethod`, `classmethod` or `property`.
pub fn descriptor_of(v: &Value) -> Option<Descriptor> {
    let Value::Instance(i) = v else { return None };
    let n = i.native.as_ref()?;
    n.borrow().downcast_ref::<Descriptor>().cloned()
}

/// Makes a descriptor object of class `cls`.
fn make(cls: &Rc<Class>, d: Descriptor) -> Value {
    let inst = Rc::new(Instance::new(
        cls.clone(),
        None,
        Some(RefCell::new(Box::new(d))),
    ));
    Value::Instance(inst)
}

/// `staticmethod(f)`, `classmethod(f)` or `property(...)`, by `cls`'s name.
pub fn construct(vm: &mut Vm, cls: &Rc<Class>, mut a: Args) -> PyResult<Value> {
    let name = cls.name.as_str();
    if name == "property" {
        let mut slots = [Value::None, Value::None, Value::None, Value::None];
        for (i, key) in ["fget", "fset", "fdel", "doc"].iter().enumerate() {
            if let Some(v) = a.take_kw(key) {
                slots[i] = v;
            }
        }
        a.finish_kw("property")?;
        if a.pos.len() > 4 {
            return Err(type_error(format!(
                "property() takes at most 4 arguments ({} given)",
                a.pos.len()
            )));
        }
        for (i, v) in a.pos.drain(..).enumerate() {
            slots[i] = v;
        }
        let [fget, fset, fdel, doc] = slots;
        let doc = if doc.is_none() {
            function_doc(&fget)
        } else {
            doc
        };
        vm.descriptors_in_use = true;
        return Ok(make(
            cls,
            Descriptor::Property(Property {
                fget,
                fset,
                fdel,
                doc,
                name: None,
            }),
        ));
    }
    a.no_kwargs(name)?;
    if a.pos.len() != 1 {
        return Err(type_error(format!(
            "{name} expected 1 argument, got {}",
            a.pos.len()
        )));
    }
    let f = a.pos.pop().unwrap_or_default();
    let d = if name == "staticmethod" {
        Descriptor::Static(f)
    } else {
        Descriptor::ClassMethod(f)
    };
    Ok(make(cls, d))
}

/// The docstring of a getter (our functions keep none, so `None`).
fn function_doc(_f: &Value) -> Value {
    Value::None
}

/// `obj.name` where the class attribute is descriptor `d` and `obj` an instance.
pub fn get_from_instance(
    vm: &mut Vm,
    d: Descriptor,
    obj: &Value,
    cls: &Rc<Class>,
) -> PyResult<Value> {
    match d {
        Descriptor::Static(f) => Ok(f),
        Descriptor::ClassMethod(f) => Ok(bind_to(f, Value::Class(cls.clone()))),
        Descriptor::Property(p) => {
            if p.fget.is_none() {
                return Err(attribute_error(format!(
                    "property {}of '{}' object has no getter",
                    quoted_name(&p),
                    cls.name.as_str()
                )));
            }
            vm.call(&p.fget, std::slice::from_ref(obj))
        }
    }
}

/// `Class.name` where the class attribute is descriptor object `obj` (state `d`).
pub fn get_from_class(d: Descriptor, obj: Value, cls: &Rc<Class>) -> Value {
    match d {
        Descriptor::Static(f) => f,
        Descriptor::ClassMethod(f) => bind_to(f, Value::Class(cls.clone())),
        Descriptor::Property(_) => obj,
    }
}

fn bind_to(f: Value, receiver: Value) -> Value {
    Value::BoundMethod(Rc::new(super::value::BoundMethod { receiver, func: f }))
}

fn quoted_name(p: &Property) -> String {
    match &p.name {
        Some(n) => format!("'{}' ", n.as_str()),
        None => String::new(),
    }
}

/// The `property` that class `cls` defines for `name`, if any. Skipped (cheaply) until a
/// script has created a property at all.
pub fn class_property(vm: &Vm, cls: &Rc<Class>, name: &Rc<PyStr>) -> Option<Property> {
    if !vm.descriptors_in_use {
        return None;
    }
    match descriptor_of(&class_lookup(cls, name)?) {
        Some(Descriptor::Property(p)) => Some(p),
        _ => None,
    }
}

/// `obj.name = value` through property `p`.
pub fn property_set(vm: &mut Vm, p: &Property, obj: &Value, value: Value) -> PyResult<()> {
    if p.fset.is_none() {
        return Err(attribute_error(format!(
            "property {}of '{}' object has no setter",
            quoted_name(p),
            super::ops::type_name(vm, obj)
        )));
    }
    vm.call(&p.fset, &[obj.clone(), value])?;
    Ok(())
}

/// `del obj.name` through property `p`.
pub fn property_delete(vm: &mut Vm, p: &Property, obj: &Value) -> PyResult<()> {
    if p.fdel.is_none() {
        return Err(attribute_error(format!(
            "property {}of '{}' object has no deleter",
            quoted_name(p),
            super::ops::type_name(vm, obj)
        )));
    }
    vm.call(&p.fdel, std::slice::from_ref(obj))?;
    Ok(())
}

/// Gives every unnamed property in a new class's namespace its attribute name
/// (CPython's `property.__set_name__`).
pub fn set_names(cls: &Rc<Class>) {
    let entries: Vec<(Value, Value)> = cls
        .dict
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        if let (Value::Str(name), Value::Instance(i)) = (&k, &v)
            && let Some(n) = &i.native
            && let Some(Descriptor::Property(p)) = n.borrow_mut().downcast_mut::<Descriptor>()
            && p.name.is_none()
        {
            p.name = Some(name.clone());
        }
    }
}

/// The receiver's descriptor state, or a `TypeError` naming the method.
fn receiver_state(a: &Args, method: &str) -> PyResult<Descriptor> {
    a.pos
        .first()
        .and_then(descriptor_of)
        .ok_or_else(|| type_error(format!("descriptor '{method}' needs a descriptor object")))
}

fn property_with(vm: &mut Vm, a: &Args, which: usize, method: &str) -> PyResult<Value> {
    a.no_kwargs(&format!("property.{method}"))?;
    if a.pos.len() != 2 {
        return Err(type_error(format!(
            "{method}() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    }
    let Descriptor::Property(mut p) = receiver_state(a, method)? else {
        return Err(type_error(format!(
            "descriptor '{method}' requires a 'property' object"
        )));
    };
    let f = a.pos[1].clone();
    match which {
        0 => {
            if p.doc.is_none() {
                p.doc = function_doc(&f);
            }
            p.fget = f;
        }
        1 => p.fset = f,
        _ => p.fdel = f,
    }
    let cls = vm.types.property.clone();
    Ok(make(&cls, Descriptor::Property(p)))
}

fn property_getter(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    property_with(vm, a, 0, "getter")
}
fn property_setter(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    property_with(vm, a, 1, "setter")
}
fn property_deleter(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    property_with(vm, a, 2, "deleter")
}

/// Data attributes of descriptor objects: `fget`/`fset`/`fdel`/`__doc__` of a property,
/// `__func__` of a static or class method.
pub fn data_attr(d: &Descriptor, name: &str) -> Option<Value> {
    match (d, name) {
        (Descriptor::Property(p), "fget") => Some(p.fget.clone()),
        (Descriptor::Property(p), "fset") => Some(p.fset.clone()),
        (Descriptor::Property(p), "fdel") => Some(p.fdel.clone()),
        (Descriptor::Property(p), "__doc__") => Some(p.doc.clone()),
        (Descriptor::Static(f) | Descriptor::ClassMethod(f), "__func__" | "__wrapped__") => {
            Some(f.clone())
        }
        _ => None,
    }
}

/// `staticmethod` objects are callable (Python 3.10+).
fn static_call(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let Descriptor::Static(f) = receiver_state(a, "__call__")? else {
        return Err(type_error("'classmethod' object is not callable"));
    };
    let rest = Args {
        pos: a.pos.split_off(1),
        kw: std::mem::take(&mut a.kw),
    };
    vm.call_with(&f, rest)
}

/// Puts a built-in class method (`dict.fromkeys`) into a built-in type's namespace:
/// called through the type or an instance, `func` receives the type first.
pub fn register_classmethod(
    vm: &Vm,
    cls: &Rc<Class>,
    name: &'static str,
    func: super::value::NativeFn,
) {
    let f = Value::Builtin(Rc::new(super::value::Builtin {
        name,
        func,
        bound: None,
        owner: None,
        fast: None,
    }));
    let m = make(&vm.types.classmethod, Descriptor::ClassMethod(f));
    let key = Rc::new(PyStr::new(name));
    let _ = cls
        .dict
        .borrow_mut()
        .insert(key.hash(), Value::Str(key), m, &mut |_, _| Ok(false));
}

/// Registers the methods of the descriptor classes.
pub fn install(vm: &mut Vm) {
    use super::builtins::register_method;
    let p = vm.types.property.clone();
    register_method(&p, "property", "getter", property_getter);
    register_method(&p, "property", "setter", property_setter);
    register_method(&p, "property", "deleter", property_deleter);
    let s = vm.types.staticmethod.clone();
    register_method(&s, "staticmethod", "__call__", static_call);
}
