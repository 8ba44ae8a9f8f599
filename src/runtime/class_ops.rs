//! Classes at run time: attribute lookup along the MRO, method binding, instance
//! creation, dunder-method dispatch for operators and built-ins, and exceptions as
//! instances.

use std::cell::RefCell;
use std::rc::Rc;

use super::class::{Class, ExcData, Instance, TypeKind};
use super::descriptors::{self, Descriptor, descriptor_of};
use super::dict::DictTable;
use super::exceptions::{ExcKind, PyErr, PyResult, type_error};
use super::ops::{self, type_name};
use super::value::{Args, BoundMethod, Builtin, NativeFn, PyCell, PyStr, Value};
use crate::compiler::CodeObject;
use crate::compiler::bytecode::Cmp;
use crate::interp::Vm;
#[allow(unused_imports)]
use crate::runtime::value::{B64, F64};
use crate::syntax::ast::BinOp;

/// Looks `name` up along the class's MRO.
pub fn class_lookup(cls: &Rc<Class>, name: &Rc<PyStr>) -> Option<Value> {
    for c in cls.mro.borrow().iter() {
        if let Ok(d) = c.dict.try_borrow()
            && let Ok(Some(v)) = d.get(name.hash(), &Value::Str(name.clone()), &mut |_, _| {
                Ok(false)
            })
        {
            return Some(v);
        }
    }
    None
}

/// Whether `cls` or a base defines `name`.
pub fn defines(cls: &Rc<Class>, name: &str) -> bool {
    class_lookup_str(cls, name).is_some()
}

fn class_lookup_str(cls: &Rc<Class>, name: &str) -> Option<Value> {
    class_lookup(cls, &Rc::new(PyStr::new(name)))
}

/// A special method defined by a *user* class (built-in types answer natively).
pub fn lookup_special(vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    let _ = vm;
    let f = class_lookup_str(&i.class, name)?;
    Some(f)
}

/// A class attribute as an attribute of `receiver`: a function or a native
/// method bound to it; anything else as it is.
pub(crate) fn bind(func: Value, receiver: &Value) -> Value {
    match func {
        Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod {
            receiver: receiver.clone(),
            func,
        })),
        Value::Builtin(b) if b.bound.is_none() && b.owner.is_some() => {
            Value::Builtin(Rc::new(Builtin {
                name: b.name,
                func: b.func,
                bound: Some(receiver.clone()),
                owner: b.owner,
                // Native code calls fast entries of unbound built-ins only.
                fast: None,
            }))
        }
        other => other,
    }
}

/// `obj.name`.
pub fn get_attr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    let n = name.as_str();
    match obj {
        Value::Instance(inst) if is_super(inst) => return super_lookup(vm, inst, name),
        Value::Instance(inst) => {
            // A property (a data descriptor) wins over the instance dict.
            if let Some(p) = descriptors::class_property(vm, &inst.class, name) {
                let cls = inst.class.clone();
                return descriptors::get_from_instance(vm, Descriptor::Property(p), obj, &cls);
            }
            if let Ok(d) = inst.dict.try_borrow()
                && let Ok(Some(v)) = d.get(name.hash(), &Value::Str(name.clone()), &mut |_, _| {
                    Ok(false)
                })
            {
                return Ok(v);
            }
            if let Some(v) = class_lookup(&inst.class, name) {
                if let Some(d) = descriptor_of(&v) {
                    return descriptors::get_from_instance(vm, d, obj, &inst.class);
                }
                return Ok(bind(v, obj));
            }
            if let Some(d) = descriptor_of(obj)
                && let Some(v) = descriptors::data_attr(&d, n)
            {
                return Ok(v);
            }
            if let Some(x) = &inst.exc {
                let x = x.borrow();
                match n {
                    "args" => return Ok(Value::tuple(x.args.clone())),
                    "__cause__" => return Ok(x.cause.clone()),
                    "__context__" => return Ok(x.context.clone()),
                    "__suppress_context__" => return Ok(Value::bool(x.suppress_context)),
                    "__traceback__" => {
                        drop(x);
                        return Ok(super::exceptions::traceback_of(vm, obj));
                    }
                    "value" if inst.class.exc_kind() == Some(ExcKind::StopIteration) => {
                        return Ok(x.args.first().cloned().unwrap_or(Value::None));
                    }
                    "code" if inst.class.exc_kind() == Some(ExcKind::SystemExit) => {
                        drop(x);
                        return Ok(system_exit_code(inst));
                    }
                    _ => {}
                }
            }
            if n == "__class__" {
                return Ok(Value::Class(inst.class.clone()));
            }
            if n == "__dict__" {
                return Ok(inst.dict_value());
            }
            if let Some(m) = object_method(n, Some(obj.clone())) {
                return Ok(m);
            }
            // `__getattr__` answers for attributes found nowhere else.
            if let Some(f) = class_lookup_str(&inst.class, "__getattr__") {
                return vm.call(&f, &[obj.clone(), Value::Str(name.clone())]);
            }
        }
        Value::Class(c) => {
            // The type's own slots, never inherited through the MRO.
            match n {
                "__name__" => return Ok(Value::str(c.display_name())),
                "__qualname__" => return Ok(Value::str(c.qualname())),
                "__module__" => return Ok(Value::str(c.module_name())),
                // Mutable containers are unhashable: their type's `__hash__` is None.
                "__hash__" if matches!(c.kind, TypeKind::List | TypeKind::Dict | TypeKind::Set) => {
                    return Ok(Value::None);
                }
                _ => {}
            }
            if let Some(v) = class_lookup(c, name) {
                if let Some(d) = descriptor_of(&v) {
                    return Ok(descriptors::get_from_class(d, v, c));
                }
                return Ok(v);
            }
            match n {
                "__bases__" => {
                    return Ok(Value::tuple(
                        c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
                    ));
                }
                "__mro__" => {
                    return Ok(Value::tuple(
                        c.mro
                            .borrow()
                            .iter()
                            .map(|b| Value::Class(b.clone()))
                            .collect(),
                    ));
                }
                "__class__" => return Ok(Value::Class(vm.types.type_.clone())),
                "mro" => {
                    return Ok(Value::Builtin(Rc::new(Builtin {
                        name: "mro",
                        func: type_mro,
                        bound: Some(obj.clone()),
                        owner: Some("type"),
                        fast: None,
                    })));
                }
                // A snapshot (CPython gives a read-only mapping proxy).
                "__dict__" => return Ok(Value::dict(c.dict.borrow().clone())),
                _ => {}
            }
            if let Some(m) = object_method(n, None) {
                return Ok(m);
            }
        }
        Value::Module(m) => {
            if let Some(v) = ops::dict_get_pystr(&m.dict, name) {
                return Ok(v);
            }
        }
        Value::Function(f) => match n {
            "__name__" => return Ok(Value::Str(f.name.borrow().clone())),
            "__qualname__" => return Ok(Value::Str(f.display_qualname())),
            "__module__" => {
                return Ok(ops::dict_get_str(&f.globals.dict, "__name__").unwrap_or(Value::None));
            }
            "__class__" => return Ok(Value::Class(vm.types.function.clone())),
            _ => {
                if let Some(d) = f.attrs.borrow().as_ref()
                    && let Ok(Some(v)) =
                        d.get(name.hash(), &Value::Str(name.clone()), &mut |_, _| {
                            Ok(false)
                        })
                {
                    return Ok(v);
                }
                if n == "__doc__" {
                    // Unless assigned (an attribute, above): the docstring.
                    return Ok(f.code.doc.as_deref().map_or(Value::None, Value::str));
                }
            }
        },
        Value::Iter(_) if matches!(n, "__name__" | "__qualname__") => {
            if let Some(code) = crate::interp::generators::generator_code(obj) {
                let s = if n == "__name__" {
                    &code.name
                } else {
                    &code.qualname
                };
                return Ok(Value::str(s.to_string()));
            }
        }
        Value::Builtin(b) => match n {
            "__name__" | "__qualname__" => return Ok(Value::str(b.name)),
            "__self__" => return Ok(b.bound.clone().unwrap_or(Value::None)),
            _ => {}
        },
        Value::BoundMethod(m) => match n {
            "__self__" => return Ok(m.receiver.clone()),
            "__func__" => return Ok(m.func.clone()),
            _ => return get_attr(vm, &m.func.clone(), name),
        },
        _ => {}
    }
    // Built-in types: methods in the class namespace, plus a few data attributes.
    let cls = vm.class_of(obj);
    if let Some(v) = class_lookup(&cls, name) {
        if let Some(d) = descriptor_of(&v) {
            return descriptors::get_from_instance(vm, d, obj, &cls);
        }
        return Ok(bind(v, obj));
    }
    if n == "__class__" {
        return Ok(Value::Class(cls));
    }
    if let Some(m) = builtin_value_dunder(obj, n) {
        return Ok(m);
    }
    if let Some(v) = builtin_data_attr(obj, n) {
        return Ok(v);
    }
    Err(ops::no_attribute(vm, obj, n))
}

/// The special methods every built-in value has through its type's slots
/// (`(1.5).__repr__()`, `(3).__neg__()`), bound to `obj`; `None` when its type
/// has no such slot. An unhashable container's `__hash__` is `None`, as in CPython.
fn builtin_value_dunder(obj: &Value, n: &str) -> Option<Value> {
    let number = matches!(
        obj,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    );
    let (name, func): (&'static str, NativeFn) = match n {
        "__repr__" => ("__repr__", |vm, a| {
            slot_call(vm, a, |vm, v| Ok(Value::str(ops::repr(vm, v)?)))
        }),
        "__str__" => ("__str__", |vm, a| {
            slot_call(vm, a, |vm, v| Ok(Value::str(ops::to_str(vm, v)?)))
        }),
        "__hash__" if matches!(obj, Value::List(_) | Value::Dict(_) | Value::Set(_)) => {
            return Some(Value::None);
        }
        "__hash__" => ("__hash__", |vm, a| {
            slot_call(vm, a, |vm, v| Ok(Value::Int(ops::hash(vm, v)?)))
        }),
        "__bool__" if number || matches!(obj, Value::None) => ("__bool__", |vm, a| {
            slot_call(vm, a, |vm, v| Ok(Value::bool(ops::truthy(vm, v)?)))
        }),
        "__neg__" if number => ("__neg__", |vm, a| {
            slot_call(vm, a, |vm, v| ops::unary_neg(vm, v.clone()))
        }),
        "__pos__" if number => ("__pos__", |vm, a| {
            slot_call(vm, a, |vm, v| ops::unary_pos(vm, v.clone()))
        }),
        "__invert__" if number && !matches!(obj, Value::Float(_)) => ("__invert__", |vm, a| {
            slot_call(vm, a, |vm, v| ops::unary_invert(vm, v.clone()))
        }),
        _ => return None,
    };
    Some(Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: Some(obj.clone()),
        owner: Some("object"),
        fast: None,
    })))
}

/// A slot wrapper taking no arguments besides its receiver.
fn slot_call(
    vm: &mut Vm,
    a: &mut Args,
    f: impl FnOnce(&mut Vm, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    if a.pos.len() != 1 || !a.kw.is_empty() {
        return Err(type_error(format!(
            "expected 0 arguments, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let v = a.pos[0].clone();
    f(vm, &v)
}

fn builtin_data_attr(obj: &Value, n: &str) -> Option<Value> {
    match (obj, n) {
        (Value::Range(r), "start") => Some(r.start_value()),
        (Value::Range(r), "stop") => Some(r.stop_value()),
        (Value::Range(r), "step") => Some(r.step_value()),
        (Value::Slice(s), "start") => Some(s.start.clone()),
        (Value::Slice(s), "stop") => Some(s.stop.clone()),
        (Value::Slice(s), "step") => Some(s.step.clone()),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
            Some(match obj {
                Value::Bool(b) => Value::Int(b.get() as i64),
                o => o.clone(),
            })
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(f), "real") => Some(Value::Float(*f)),
        (Value::Float(_), "imag") => Some(Value::float(0.0)),
        _ => None,
    }
}

/// For method calls: `(method, receiver)` without allocating a bound method, or
/// `(attribute, Undef)`.
pub fn load_method(vm: &mut Vm, obj: Value, name: &Rc<PyStr>) -> PyResult<(Value, Value)> {
    match &obj {
        Value::Instance(inst) if is_super(inst) => {}
        Value::Instance(inst) => {
            if let Some(p) = descriptors::class_property(vm, &inst.class, name) {
                let cls = inst.class.clone();
                let v = descriptors::get_from_instance(vm, Descriptor::Property(p), &obj, &cls)?;
                return Ok((v, Value::Undef));
            }
            let in_dict = inst.dict.try_borrow().ok().and_then(|d| {
                d.get(name.hash(), &Value::Str(name.clone()), &mut |_, _| {
                    Ok(false)
                })
                .ok()
                .flatten()
            });
            if let Some(v) = in_dict {
                return Ok((v, Value::Undef));
            }
            if let Some(v) = class_lookup(&inst.class, name) {
                if let Value::Function(_) = v {
                    return Ok((v, obj));
                }
                if let Some(d) = descriptor_of(&v) {
                    let cls = inst.class.clone();
                    return Ok((
                        descriptors::get_from_instance(vm, d, &obj, &cls)?,
                        Value::Undef,
                    ));
                }
                return Ok((bind(v, &obj), Value::Undef));
            }
        }
        Value::Module(m) => {
            if let Some(v) = ops::dict_get_pystr(&m.dict, name) {
                return Ok((v, Value::Undef));
            }
        }
        Value::Class(_) | Value::Function(_) | Value::BoundMethod(_) => {}
        _ => {
            let cls = vm.class_of(&obj);
            if let Some(v) = class_lookup(&cls, name) {
                if let Value::Builtin(b) = &v
                    && b.bound.is_none()
                    && b.owner.is_some()
                {
                    return Ok((v, obj));
                }
                if let Some(d) = descriptor_of(&v) {
                    return Ok((
                        descriptors::get_from_instance(vm, d, &obj, &cls)?,
                        Value::Undef,
                    ));
                }
                return Ok((bind(v, &obj), Value::Undef));
            }
        }
    }
    Ok((get_attr(vm, &obj, name)?, Value::Undef))
}

/// `obj.name = value`.
pub fn set_attr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
    match obj {
        Value::Instance(inst) if is_super(inst) => Err(super::exceptions::attribute_error(
            format!("'super' object has no attribute '{}'", name.as_str()),
        )),
        Value::Instance(inst) => {
            // A class-defined `__setattr__` takes over (only looked for once some
            // class has defined one).
            if vm.attr_hooks_in_use
                && let Some(f) = class_lookup_str(&inst.class, "__setattr__")
            {
                vm.call(&f, &[obj.clone(), Value::Str(name.clone()), value])?;
                return Ok(());
            }
            raw_set_attr(vm, inst, obj, name, value)
        }
        Value::Class(c)
            if c.kind == TypeKind::User
                || matches!(c.kind, TypeKind::Exception(_)) && c.module.as_str() != "builtins" =>
        {
            if matches!(
                name.as_str(),
                "__setattr__" | "__delattr__" | "__getattr__" | "__new__"
            ) {
                vm.attr_hooks_in_use = true;
            }
            c.dict.borrow_mut().insert(
                name.hash(),
                Value::Str(name.clone()),
                value,
                &mut |_, _| Ok(false),
            )?;
            c.version.set(c.version.get() + 1);
            vm.class_epoch += 1;
            Ok(())
        }
        Value::Class(c) => Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.as_str(),
            c.name.as_str()
        ))),
        Value::Module(m) => ops::dict_set_pystr(&m.dict, name, value),
        Value::Function(f) => {
            if name.as_str() == "__name__"
                && let Value::Str(s) = &value
            {
                *f.name.borrow_mut() = s.clone();
                return Ok(());
            }
            if matches!(name.as_str(), "__name__" | "__qualname__")
                && !matches!(value, Value::Str(_))
            {
                return Err(type_error(format!(
                    "{} must be set to a string object",
                    name.as_str()
                )));
            }
            let mut attrs = f.attrs.borrow_mut();
            let d = attrs.get_or_insert_with(DictTable::new);
            d.insert(name.hash(), Value::Str(name.clone()), value, &mut |_, _| {
                Ok(false)
            })?;
            Ok(())
        }
        _ => Err(if class_lookup(&vm.class_of(obj), name).is_some() {
            super::exceptions::attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                type_name(vm, obj),
                name.as_str()
            ))
        } else {
            super::exceptions::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                type_name(vm, obj),
                name.as_str()
            ))
        }),
    }
}

/// `object.__setattr__`: exception fields, a property's setter, or the instance dict.
fn raw_set_attr(
    vm: &mut Vm,
    inst: &Rc<Instance>,
    obj: &Value,
    name: &Rc<PyStr>,
    value: Value,
) -> PyResult<()> {
    // An instance's class is fixed here: storing `__class__` in its dict would
    // leave `type()` and method lookup on the old class, a silently wrong answer.
    // Likewise `__dict__`: the instance keeps its own dict (copying the new one
    // in would lose the aliasing CPython gives).
    if matches!(name.as_str(), "__class__" | "__dict__") {
        return Err(super::exceptions::not_implemented(format!(
            "firebrand does not support assigning {}",
            name.as_str()
        )));
    }
    if let Some(x) = &inst.exc {
        let mut x = x.borrow_mut();
        match name.as_str() {
            "__cause__" => {
                x.cause = value;
                x.suppress_context = true;
                return Ok(());
            }
            "__context__" => {
                x.context = value;
                return Ok(());
            }
            "args" => {
                x.args = ops_collect_simple(&value);
                return Ok(());
            }
            _ => {}
        }
    }
    if let Some(p) = descriptors::class_property(vm, &inst.class, name) {
        return descriptors::property_set(vm, &p, obj, value);
    }
    if let Some(allowed) = &*inst.class.slots.borrow()
        && !allowed.iter().any(|a| a == name.as_str())
    {
        let tn = inst.class.name.as_str();
        return Err(super::exceptions::attribute_error(
            if class_lookup(&inst.class, name).is_some() {
                format!("'{tn}' object attribute '{}' is read-only", name.as_str())
            } else {
                format!("'{tn}' object has no attribute '{}'", name.as_str())
            },
        ));
    }
    let mut d = inst
        .dict
        .try_borrow_mut()
        .map_err(|_| super::exceptions::runtime_error("instance busy"))?;
    d.insert(name.hash(), Value::Str(name.clone()), value, &mut |_, _| {
        Ok(false)
    })?;
    Ok(())
}

/// `object.__delattr__`: a property's deleter, or removal from the instance dict.
fn raw_del_attr(vm: &mut Vm, inst: &Rc<Instance>, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
    if let Some(p) = descriptors::class_property(vm, &inst.class, name) {
        return descriptors::property_delete(vm, &p, obj);
    }
    let removed =
        inst.dict
            .borrow_mut()
            .remove(name.hash(), &Value::Str(name.clone()), &mut |_, _| {
                Ok(false)
            })?;
    if removed.is_none() {
        if let Some(allowed) = &*inst.class.slots.borrow()
            && allowed.iter().any(|a| a == name.as_str())
        {
            // An unset slot: CPython's member descriptor names just the attribute.
            return Err(super::exceptions::attribute_error(
                name.as_str().to_string(),
            ));
        }
        return Err(ops::no_attribute(vm, obj, name.as_str()));
    }
    Ok(())
}

fn ops_collect_simple(v: &Value) -> Vec<Value> {
    match v {
        Value::Tuple(t) => t.items.to_vec(),
        Value::List(l) => l.items.borrow().clone(),
        other => vec![other.clone()],
    }
}

/// `del obj.name`.
pub fn del_attr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
    match obj {
        Value::Instance(inst) => {
            if vm.attr_hooks_in_use
                && let Some(f) = class_lookup_str(&inst.class, "__delattr__")
            {
                vm.call(&f, &[obj.clone(), Value::Str(name.clone())])?;
                return Ok(());
            }
            raw_del_attr(vm, inst, obj, name)
        }
        Value::Class(c) if c.kind == TypeKind::User => {
            let removed = c.dict.borrow_mut().remove(
                name.hash(),
                &Value::Str(name.clone()),
                &mut |_, _| Ok(false),
            )?;
            c.version.set(c.version.get() + 1);
            vm.class_epoch += 1;
            if removed.is_none() {
                return Err(ops::no_attribute(vm, obj, name.as_str()));
            }
            Ok(())
        }
        Value::Module(m) => {
            if !ops::dict_del_pystr(&m.dict, name)? {
                return Err(ops::no_attribute(vm, obj, name.as_str()));
            }
            Ok(())
        }
        _ => Err(ops::no_attribute(vm, obj, name.as_str())),
    }
}

/// `SystemExit.code`: `None` without arguments, the argument, or the args tuple.
pub fn system_exit_code(inst: &Instance) -> Value {
    let Some(x) = &inst.exc else {
        return Value::None;
    };
    let args = x.borrow().args.clone();
    match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => Value::tuple(args),
    }
}

/// Makes an exception instance of `cls` with `args`.
pub fn new_exception(cls: &Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
    let inst = Rc::new(Instance::new(
        cls.clone(),
        Some(RefCell::new(ExcData {
            args,
            cause: Value::None,
            context: Value::None,
            ..Default::default()
        })),
        None,
    ));
    super::gc::track_instance(&inst);
    inst
}

/// A new instance of a user class with an empty `__dict__` (its `__init__` not run).
pub fn new_plain_instance(cls: &Rc<Class>) -> Value {
    let inst = Rc::new(Instance::new(cls.clone(), None, None));
    super::gc::track_instance(&inst);
    Value::Instance(inst)
}

/// `cls(*args, **kwargs)`.
pub fn instantiate(vm: &mut Vm, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
    match cls.kind {
        TypeKind::User | TypeKind::Exception(_) => {}
        kind => return super::builtins::construct(vm, kind, cls, args),
    }
    if vm.attr_hooks_in_use
        && let Some(new_fn) = class_lookup_str(cls, "__new__")
    {
        return instantiate_with_new(vm, cls, new_fn, args);
    }
    let init = class_lookup_str(cls, "__init__");
    // Native classes (`random.Random`) carry Rust state created with the instance.
    let native: Option<RefCell<Box<dyn std::any::Any>>> = match &init {
        Some(Value::Builtin(b)) if b.owner == Some("Random") => Some(RefCell::new(Box::new(
            super::random_core::Mt19937::from_seed_u64(0),
        ))),
        _ => None,
    };
    let inst = if cls.is_exception() {
        let pos: Vec<Value> = args.pos.to_vec();
        new_exception(cls, pos)
    } else {
        let inst = Rc::new(Instance::new(cls.clone(), None, native));
        super::gc::track_instance(&inst);
        if init.is_none() && (!args.pos.is_empty() || !args.kw.is_empty()) {
            return Err(type_error(format!(
                "{}() takes no arguments",
                cls.name.as_str()
            )));
        }
        inst
    };
    let v = Value::Instance(inst);
    if let Some(init @ (Value::Function(_) | Value::Builtin(_))) = init {
        let mut a = args;
        a.pos.insert(0, v.clone());
        let r = vm.call_with(&init, a)?;
        if !r.is_none() {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                type_name(vm, &r)
            )));
        }
    }
    Ok(v)
}

/// `cls(...)` for a class defining `__new__`: `__new__(cls, ...)` makes the object,
/// and `__init__` runs only if it is an instance of `cls`.
fn instantiate_with_new(
    vm: &mut Vm,
    cls: &Rc<Class>,
    new_fn: Value,
    args: Args,
) -> PyResult<Value> {
    // `__new__` is a static method even without the decorator.
    let new_fn = match descriptor_of(&new_fn) {
        Some(Descriptor::Static(f)) => f,
        _ => new_fn,
    };
    let mut new_args = Args {
        pos: args.pos.clone(),
        kw: args.kw.clone(),
    };
    new_args.pos.insert(0, Value::Class(cls.clone()));
    let obj = vm.call_with(&new_fn, new_args)?;
    let obj_cls = vm.class_of(&obj);
    if !obj_cls.mro.borrow().iter().any(|c| Rc::ptr_eq(c, cls)) {
        return Ok(obj);
    }
    if let Some(init @ (Value::Function(_) | Value::Builtin(_))) = class_lookup_str(cls, "__init__")
    {
        let mut a = args;
        a.pos.insert(0, obj.clone());
        let r = vm.call_with(&init, a)?;
        if !r.is_none() {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                type_name(vm, &r)
            )));
        }
    }
    Ok(obj)
}

/// Executes a `class` statement: runs the body and builds the class.
pub fn make_class(
    vm: &mut Vm,
    body: Rc<CodeObject>,
    globals: Rc<super::value::Module>,
    bases: Vec<Value>,
    cells: Vec<Rc<PyCell>>,
) -> PyResult<Value> {
    let mut base_classes = Vec::new();
    for b in &bases {
        match b {
            Value::Class(c) => base_classes.push(c.clone()),
            other => {
                return Err(type_error(format!(
                    "bases must be types, not {}",
                    type_name(vm, other)
                )));
            }
        }
    }
    for (i, b) in base_classes.iter().enumerate() {
        if base_classes[..i].iter().any(|a| Rc::ptr_eq(a, b)) {
            return Err(type_error(format!(
                "duplicate base class {}",
                b.name.as_str()
            )));
        }
    }
    // Instances are laid out by the exception class among the bases, if any (the
    // others are plain classes, mixins).
    let mut kind = TypeKind::User;
    for b in &base_classes {
        match b.kind {
            TypeKind::Exception(k) if kind == TypeKind::User => kind = TypeKind::Exception(k),
            TypeKind::Exception(_) | TypeKind::Object | TypeKind::User => {}
            _ => {
                return Err(super::exceptions::not_implemented(
                    "subclassing built-in types other than object and exceptions is not supported yet",
                ));
            }
        }
    }
    if base_classes.len() > 1 && super::types::c3_linearization(&base_classes).is_none() {
        let names: Vec<&str> = base_classes.iter().map(|b| b.name.as_str()).collect();
        return Err(type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        )));
    }
    if base_classes.is_empty() {
        base_classes.push(vm.types.object.clone());
    }
    let namespace = Rc::new(super::value::Dict::default());
    let module_name =
        ops::dict_get_str(&globals.dict, "__name__").unwrap_or(Value::str("__main__"));
    ops::dict_set_str(&namespace, "__module__", module_name.clone())?;
    ops::dict_set_str(&namespace, "__qualname__", Value::str(&*body.qualname))?;
    let class_cell = body
        .cellvars
        .iter()
        .position(|c| c.as_str() == "__class__")
        .and_then(|i| cells.get(i).cloned());
    vm.run_class_body(body.clone(), globals, namespace.clone(), cells)?;
    // A class without a docstring has `__doc__` None (not its base's).
    if ops::dict_get_str(&namespace, "__doc__").is_none() {
        ops::dict_set_str(&namespace, "__doc__", Value::None)?;
    }
    // As in CPython's type creation: a class that defines `__eq__` but not `__hash__`
    // gets `__hash__ = None` (its instances are unhashable).
    if ["__setattr__", "__delattr__", "__getattr__", "__new__"]
        .iter()
        .any(|n| ops::dict_get_str(&namespace, n).is_some())
    {
        vm.attr_hooks_in_use = true;
        // Method caches keyed on the epoch stop holding.
        vm.class_epoch += 1;
    }
    if ops::dict_get_str(&namespace, "__eq__").is_some()
        && ops::dict_get_str(&namespace, "__hash__").is_none()
    {
        ops::dict_set_str(&namespace, "__hash__", Value::None)?;
    }
    let module = match &module_name {
        Value::Str(s) => s.as_str().to_string(),
        _ => "__main__".into(),
    };
    let slots = class_slots(vm, &namespace, &base_classes)?;
    let attrs: Vec<(Value, Value)> = namespace
        .table
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    // Objects whose class defines `__get__`, `__set__` or `__delete__` would act
    // as descriptors in CPython; here they would be plain values (a wrong answer).
    for (_, v) in &attrs {
        if let Value::Instance(i) = v
            && ["__get__", "__set__", "__delete__"]
                .iter()
                .any(|m| class_lookup_str(&i.class, m).is_some())
        {
            return Err(super::exceptions::not_implemented(format!(
                "firebrand does not support descriptor objects ('{}' defines __get__/__set__) yet",
                i.class.name.as_str()
            )));
        }
    }
    let cls = super::types::new_class(&body.name, kind, base_classes, &module);
    *cls.slots.borrow_mut() = slots;
    *cls.dict.borrow_mut() = namespace.table.borrow().clone();
    descriptors::set_names(&cls);
    super::gc::track_class(&cls);
    if let Some(cell) = class_cell {
        *cell.value.borrow_mut() = Value::Class(cls.clone());
    }
    let class_value = Value::Class(cls.clone());
    // `__set_name__(owner, name)` of each attribute that has one, in order.
    for (k, v) in attrs {
        if let Some(f) = lookup_special(vm, &v, "__set_name__") {
            vm.call(&f, &[v, class_value.clone(), k])?;
        }
    }
    // `super(cls, cls).__init_subclass__()`, as CPython's type creation does: the
    // nearest base's (bound to the new class), else `object`'s, which does nothing.
    let sup = make_super(vm, cls, class_value.clone())?;
    let init_subclass = get_attr(vm, &sup, &Rc::new(PyStr::new("__init_subclass__")))?;
    vm.call(&init_subclass, &[])?;
    Ok(class_value)
}

/// The instance attributes allowed by a class body's `__slots__` (a string or a
/// list/tuple of strings), joined with its base's; `None` when instances keep a
/// `__dict__` (no `__slots__`, `'__dict__'` among them, or a base without slots).
fn class_slots(
    vm: &Vm,
    namespace: &super::value::Dict,
    bases: &[Rc<Class>],
) -> PyResult<Option<Rc<[String]>>> {
    let Some(decl) = ops::dict_get_str(namespace, "__slots__") else {
        return Ok(None);
    };
    let items: Vec<Value> = match &decl {
        Value::Str(_) => vec![decl.clone()],
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => {
            return Err(super::exceptions::not_implemented(
                "__slots__ other than a string, list or tuple of strings is not supported yet",
            ));
        }
    };
    let mut names: Vec<String> = Vec::new();
    for item in &items {
        let Value::Str(s) = item else {
            return Err(type_error(format!(
                "__slots__ items must be strings, not '{}'",
                type_name(vm, item)
            )));
        };
        if ops::dict_get_str(namespace, s.as_str()).is_some() {
            return Err(super::exceptions::value_error(format!(
                "'{}' in __slots__ conflicts with class variable",
                s.as_str()
            )));
        }
        names.push(s.as_str().to_string());
    }
    if names.iter().any(|n| n == "__dict__") {
        return Ok(None);
    }
    for base in bases {
        if base.kind == TypeKind::Object {
            continue;
        }
        match &*base.slots.borrow() {
            Some(inherited) => names.extend(inherited.iter().cloned()),
            None => return Ok(None),
        }
    }
    Ok(Some(names.into()))
}

/// Whether `exc` matches an `except` clause's class or tuple of classes.
pub fn exception_matches(vm: &mut Vm, exc: &Value, typ: &Value) -> PyResult<bool> {
    let cls = vm.class_of(exc);
    match typ {
        Value::Class(c) => {
            if !c.is_exception() {
                return Err(type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            Ok(cls.is_subclass(c))
        }
        Value::Tuple(t) => {
            for item in t.items.iter() {
                if exception_matches(vm, exc, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

/// The instance raised by `raise v` (a class is instantiated with no arguments).
pub fn exception_instance(vm: &mut Vm, v: Value) -> PyResult<Rc<Instance>> {
    match v {
        Value::Instance(i) if i.exc.is_some() => Ok(i),
        Value::Class(c) if c.is_exception() => match instantiate(vm, &c, Args::default())? {
            Value::Instance(i) => Ok(i),
            _ => Err(type_error("exceptions must derive from BaseException")),
        },
        _ => Err(type_error("exceptions must derive from BaseException")),
    }
}

/// The cause in `raise x from cause`.
pub fn exception_instance_or_cause_error(vm: &mut Vm, v: Value) -> PyResult<Rc<Instance>> {
    exception_instance(vm, v)
        .map_err(|_| type_error("exception causes must derive from BaseException"))
}

/// `str(exc)` of an exception's args, as `BaseException.__str__` does.
pub fn exception_str(vm: &mut Vm, cls: &Rc<Class>, args: &[Value]) -> PyResult<String> {
    match args.len() {
        0 => Ok(String::new()),
        1 => {
            if cls.exc_kind() == Some(ExcKind::KeyError) {
                ops::repr(vm, &args[0])
            } else {
                ops::to_str(vm, &args[0])
            }
        }
        // `OSError(errno, strerror[, filename[, winerror[, filename2]]])`.
        2..=5
            if cls
                .exc_kind()
                .is_some_and(|k| k.is_subclass_of(ExcKind::OSError)) =>
        {
            let mut out = format!(
                "[Errno {}] {}",
                ops::to_str(vm, &args[0])?,
                ops::to_str(vm, &args[1])?
            );
            if let Some(f) = args.get(2).filter(|f| !matches!(f, Value::None)) {
                out.push_str(&format!(": {}", ops::repr(vm, f)?));
                if let Some(f2) = args.get(4) {
                    out.push_str(&format!(" -> {}", ops::repr(vm, f2)?));
                }
            }
            Ok(out)
        }
        _ => ops::repr(vm, &Value::tuple(args.to_vec())),
    }
}

fn call_special(vm: &mut Vm, v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let Some(f) = lookup_special(vm, v, name) else {
        return Ok(None);
    };
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(v.clone());
    all.extend_from_slice(args);
    Ok(Some(vm.call(&f, &all)?))
}

/// `bool(instance)`.
pub fn instance_truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(r) = call_special(vm, v, "__bool__", &[])? {
        return match r {
            Value::Bool(b) => Ok(b.get()),
            other => Err(type_error(format!(
                "__bool__ should return bool, returned {}",
                type_name(vm, &other)
            ))),
        };
    }
    if let Some(r) = call_special(vm, v, "__len__", &[])? {
        return Ok(len_result(vm, &r)? != 0);
    }
    Ok(true)
}

/// Checks what a `__len__` returned, with CPython's errors.
pub fn len_result(vm: &Vm, r: &Value) -> PyResult<i64> {
    let n = match r {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
            return Err(super::exceptions::value_error(
                "__len__() should return >= 0",
            ));
        }
        Value::BigInt(_) => {
            return Err(super::exceptions::PyErr::new(
                super::exceptions::ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, other)
            )));
        }
    };
    if n < 0 {
        return Err(super::exceptions::value_error(
            "__len__() should return >= 0",
        ));
    }
    Ok(n)
}

/// `str(instance)`.
pub fn instance_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(r) = call_special(vm, v, "__str__", &[])? {
        return match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(type_error(format!(
                "__str__ returned non-string (type {})",
                type_name(vm, &other)
            ))),
        };
    }
    if let Value::Instance(i) = v
        && let Some(x) = &i.exc
    {
        let args = x.borrow().args.clone();
        return exception_str(vm, &i.class, &args);
    }
    instance_repr(vm, v)
}

/// `repr(instance)`.
pub fn instance_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(r) = call_special(vm, v, "__repr__", &[])? {
        return match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(type_error(format!(
                "__repr__ returned non-string (type {})",
                type_name(vm, &other)
            ))),
        };
    }
    let Value::Instance(i) = v else {
        return Ok(String::new());
    };
    default_repr(vm, i)
}

/// `object.__repr__` of an instance (`BaseException.__repr__` for exceptions).
fn default_repr(vm: &mut Vm, i: &Rc<Instance>) -> PyResult<String> {
    if let Some(x) = &i.exc {
        let args = x.borrow().args.clone();
        let inner = if args.len() == 1 {
            ops::repr(vm, &args[0])?
        } else {
            let t = ops::repr(vm, &Value::tuple(args.clone()))?;
            if args.is_empty() {
                String::new()
            } else {
                t[1..t.len() - 1].to_string()
            }
        };
        return Ok(format!("{}({})", i.class.name.as_str(), inner));
    }
    let addr = Rc::as_ptr(i) as *const () as usize;
    if i.class.module.as_str() == "builtins" {
        // `object()`, like every built-in type's name, is shown without a module.
        return Ok(format!("<{} object at {addr:#x}>", i.class.qualname()));
    }
    Ok(format!(
        "<{}.{} object at {addr:#x}>",
        i.class.module.as_str(),
        i.class.qualname(),
    ))
}

/// `hash(instance)`.
pub fn instance_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Instance(i) = v {
        match class_lookup_str(&i.class, "__hash__") {
            Some(Value::None) => {
                return Err(type_error(format!(
                    "unhashable type: '{}'",
                    i.class.name.as_str()
                )));
            }
            Some(f) => {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                return match r {
                    Value::Int(h) => Ok(if h == -1 { -2 } else { h }),
                    Value::BigInt(b) => Ok(super::numeric::hash_int(&b)),
                    Value::Bool(b) => Ok(b.get() as i64),
                    _ => Err(type_error("__hash__ method should return an integer")),
                };
            }
            None => {}
        }
    }
    Ok((v.heap_addr().unwrap_or(0) >> 4) as i64)
}

/// `a == b` where either is an instance.
pub fn instance_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let r = instance_compare(vm, Cmp::Eq, a, b)?;
    ops::truthy(vm, &r)
}

/// Rich comparison where either operand is an instance, as CPython's
/// `do_richcompare`: `a.__op__(b)`, then the reflected `b.__rop__(a)` — first instead
/// when `b`'s class is a proper subclass of `a`'s that defines it — and for `==`/`!=`
/// finally identity. A class without `__ne__` answers `!=` by inverting its `__eq__`
/// (`object.__ne__`).
pub fn instance_compare(vm: &mut Vm, cmp: Cmp, a: &Value, b: &Value) -> PyResult<Value> {
    let reflected = cmp.swapped();
    let b_first = is_overriding_subclass(vm, b, a, cmp_name(reflected));
    if b_first && let Some(r) = try_compare(vm, reflected, b, a)? {
        return Ok(r);
    }
    if let Some(r) = try_compare(vm, cmp, a, b)? {
        return Ok(r);
    }
    if !b_first && let Some(r) = try_compare(vm, reflected, b, a)? {
        return Ok(r);
    }
    match cmp {
        Cmp::Eq => Ok(Value::bool(a.is(b))),
        Cmp::Ne => Ok(Value::bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmp.symbol(),
            type_name(vm, a),
            type_name(vm, b)
        ))),
    }
}

fn cmp_name(c: Cmp) -> &'static str {
    match c {
        Cmp::Eq => "__eq__",
        Cmp::Ne => "__ne__",
        Cmp::Lt => "__lt__",
        Cmp::Le => "__le__",
        Cmp::Gt => "__gt__",
        Cmp::Ge => "__ge__",
    }
}

/// `x.__op__(y)` if `x` defines it (for `!=`, the inverse of `x.__eq__(y)` when it
/// defines only that); `None` when undefined or `NotImplemented`.
fn try_compare(vm: &mut Vm, cmp: Cmp, x: &Value, y: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = call_special(vm, x, cmp_name(cmp), std::slice::from_ref(y))? {
        return Ok((!is_not_implemented(vm, &r)).then_some(r));
    }
    if cmp == Cmp::Ne
        && let Some(r) = call_special(vm, x, "__eq__", std::slice::from_ref(y))?
        && !is_not_implemented(vm, &r)
    {
        return Ok(Some(Value::bool(!ops::truthy(vm, &r)?)));
    }
    Ok(None)
}

/// Whether `b`'s class is a proper subclass of `a`'s and defines `method` (CPython
/// then tries `b`'s reflected method first).
fn is_overriding_subclass(vm: &Vm, b: &Value, a: &Value, method: &str) -> bool {
    let Value::Instance(bi) = b else { return false };
    let a_cls = vm.class_of(a);
    if Rc::ptr_eq(&bi.class, &a_cls) {
        return false;
    }
    let is_sub = bi.class.mro.borrow().iter().any(|c| Rc::ptr_eq(c, &a_cls));
    is_sub && class_lookup_str(&bi.class, method).is_some()
}

/// Whether `v` is the `NotImplemented` singleton.
pub fn is_not_implemented(vm: &Vm, v: &Value) -> bool {
    v.is(&vm.not_implemented)
}

/// Binary operator dispatch to `__add__`/`__radd__` etc.
pub fn instance_binop(
    vm: &mut Vm,
    op: BinOp,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> PyResult<Option<Value>> {
    let base = match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mult => "mul",
        BinOp::Div => "truediv",
        BinOp::FloorDiv => "floordiv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::MatMult => "matmul",
        BinOp::LShift => "lshift",
        BinOp::RShift => "rshift",
        BinOp::BitAnd => "and",
        BinOp::BitOr => "or",
        BinOp::BitXor => "xor",
    };
    if inplace
        && let Some(r) = call_special(vm, a, &format!("__i{base}__"), std::slice::from_ref(b))?
        && !is_not_implemented(vm, &r)
    {
        return Ok(Some(r));
    }
    // CPython's `binary_op1`: the reflected method of the right operand is tried only
    // when its type differs, and first when that type is a subclass overriding it.
    let forward = format!("__{base}__");
    let reflected = format!("__r{base}__");
    let same_type = Rc::ptr_eq(&vm.class_of(a), &vm.class_of(b));
    let b_first = !same_type && is_overriding_subclass(vm, b, a, &reflected);
    if b_first
        && let Some(r) = call_special(vm, b, &reflected, std::slice::from_ref(a))?
        && !is_not_implemented(vm, &r)
    {
        return Ok(Some(r));
    }
    if let Some(r) = call_special(vm, a, &forward, std::slice::from_ref(b))?
        && !is_not_implemented(vm, &r)
    {
        return Ok(Some(r));
    }
    if !same_type
        && !b_first
        && let Some(r) = call_special(vm, b, &reflected, std::slice::from_ref(a))?
        && !is_not_implemented(vm, &r)
    {
        return Ok(Some(r));
    }
    Ok(None)
}

/// Unary operator dispatch (`__neg__`, ...).
pub fn instance_unary(vm: &mut Vm, name: &str, v: &Value, sym: &str) -> PyResult<Value> {
    match call_special(vm, v, name, &[])? {
        Some(r) => Ok(r),
        // `abs()` words it without "unary".
        None if sym == "abs()" => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            type_name(vm, v)
        ))),
        None => Err(type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            type_name(vm, v)
        ))),
    }
}

/// `item in instance`.
pub fn instance_contains(vm: &mut Vm, c: &Value, item: &Value) -> PyResult<bool> {
    if let Some(r) = call_special(vm, c, "__contains__", std::slice::from_ref(item))? {
        return ops::truthy(vm, &r);
    }
    // No `__contains__`: search what iteration yields (`__iter__`, or the old
    // `__getitem__` protocol).
    if lookup_special(vm, c, "__iter__").is_some() || lookup_special(vm, c, "__getitem__").is_some()
    {
        let it = instance_iter(vm, c)?;
        while let Some(x) = ops::iter_next(vm, &it)? {
            if ops::eq_or_identical(vm, &x, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(type_error(format!(
        "argument of type '{}' is not iterable",
        type_name(vm, c)
    )))
}

/// `instance[key]`.
pub fn instance_getitem(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<Value> {
    match call_special(vm, c, "__getitem__", std::slice::from_ref(key))? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(vm, c)
        ))),
    }
}

/// `instance[key] = value`.
pub fn instance_setitem(vm: &mut Vm, c: &Value, key: Value, value: Value) -> PyResult<()> {
    match call_special(vm, c, "__setitem__", &[key, value])? {
        Some(_) => Ok(()),
        None => Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(vm, c)
        ))),
    }
}

/// `del instance[key]`.
pub fn instance_delitem(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<()> {
    match call_special(vm, c, "__delitem__", std::slice::from_ref(key))? {
        Some(_) => Ok(()),
        None => Err(ops::no_item_deletion(vm, c, key)),
    }
}

/// `iter(instance)`.
pub fn instance_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(it) = call_special(vm, v, "__iter__", &[])? {
        let is_iterator = match &it {
            Value::Iter(_) => true,
            Value::Instance(_) => lookup_special(vm, &it, "__next__").is_some(),
            _ => false,
        };
        if !is_iterator {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(vm, &it)
            )));
        }
        return Ok(it);
    }
    if lookup_special(vm, v, "__getitem__").is_some() {
        // The old sequence protocol: v[0], v[1], ... until IndexError, one item
        // at a time (the sequence may be endless, or change as it is read).
        return Ok(Value::Iter(Rc::new(RefCell::new(
            super::iter::IterState::Sequence {
                obj: v.clone(),
                index: 0,
                backwards: false,
            },
        ))));
    }
    Err(type_error(format!(
        "'{}' object is not iterable",
        type_name(vm, v)
    )))
}

/// `next(instance)`: `Ok(None)` on `StopIteration`.
pub fn instance_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match call_special(vm, v, "__next__", &[]) {
        Ok(Some(r)) => Ok(Some(r)),
        Ok(None) => Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(vm, v)
        ))),
        Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `format(instance, spec)`.
pub fn instance_format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if let Some(r) = call_special(vm, v, "__format__", &[Value::str(spec)])? {
        return match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(type_error("__format__ must return a str")),
        };
    }
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(vm, v)
        )));
    }
    instance_str(vm, v)
}

/// Builds the message of an uncaught or host-visible error: (type name, message).
pub fn describe_error(vm: &mut Vm, err: &mut PyErr) -> (String, String) {
    let inst = vm.materialize(err);
    let name = inst.class.name.as_str().to_string();
    let args = inst
        .exc_data()
        .map(|d| d.borrow().args.clone())
        .unwrap_or_default();
    let msg = if lookup_special(vm, &Value::Instance(inst.clone()), "__str__").is_some() {
        instance_str(vm, &Value::Instance(inst.clone())).unwrap_or_default()
    } else {
        exception_str(vm, &inst.class, &args).unwrap_or_default()
    };
    (name, msg)
}

/// What a `super()` object resolves against: the class it was called in and the
/// receiver.
struct SuperTarget {
    this_class: Rc<Class>,
    receiver: Value,
}

pub(crate) fn is_super(inst: &Instance) -> bool {
    inst.native
        .as_ref()
        .is_some_and(|n| n.borrow().is::<SuperTarget>())
}

/// `super(cls, obj)`: an object whose attribute lookups start after `cls` in the MRO
/// of `obj`'s class.
pub fn make_super(vm: &mut Vm, this_class: Rc<Class>, receiver: Value) -> PyResult<Value> {
    // One `super` class for all super objects (made on first use).
    let cls = vm
        .types
        .iterators
        .borrow_mut()
        .entry("super")
        .or_insert_with(|| {
            super::types::new_class(
                "super",
                TypeKind::User,
                vec![vm.types.object.clone()],
                "builtins",
            )
        })
        .clone();
    let target = SuperTarget {
        this_class,
        receiver,
    };
    let native = Some(RefCell::new(Box::new(target) as Box<dyn std::any::Any>));
    Ok(Value::Instance(Rc::new(Instance::new(cls, None, native))))
}

fn super_lookup(vm: &mut Vm, inst: &Instance, name: &Rc<PyStr>) -> PyResult<Value> {
    let (this_class, receiver) = {
        let n = inst.native.as_ref().map(|n| n.borrow());
        match n.as_ref().and_then(|b| b.downcast_ref::<SuperTarget>()) {
            Some(t) => (t.this_class.clone(), t.receiver.clone()),
            None => return Err(super::exceptions::attribute_error("bad super object")),
        }
    };
    let start_cls = match &receiver {
        Value::Class(c) => c.clone(),
        other => vm.class_of(other),
    };
    let mro = start_cls.mro.borrow().clone();
    let pos = mro
        .iter()
        .position(|c| Rc::ptr_eq(c, &this_class))
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for c in &mro[pos..] {
        let found = c
            .dict
            .borrow()
            .get(name.hash(), &Value::Str(name.clone()), &mut |_, _| {
                Ok(false)
            })?;
        if let Some(v) = found {
            if let Some(d) = descriptor_of(&v) {
                return match &receiver {
                    Value::Class(rc) => Ok(descriptors::get_from_class(d, v, rc)),
                    _ => descriptors::get_from_instance(vm, d, &receiver, &start_cls),
                };
            }
            // `__new__` is a static method even without the decorator.
            if name.as_str() == "__new__" {
                return Ok(v);
            }
            return Ok(bind(v, &receiver));
        }
    }
    // `object.__new__` is static too: `super().__new__(cls)` passes `cls` itself.
    let bound = (name.as_str() != "__new__").then_some(receiver);
    if let Some(m) = object_method(name.as_str(), bound) {
        return Ok(m);
    }
    Err(super::exceptions::attribute_error(format!(
        "'super' object has no attribute '{}'",
        name.as_str()
    )))
}

/// `cls.mro()`: the MRO as a list.
fn type_mro(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("mro", 1, 1)?;
    match &a.pos[0] {
        Value::Class(c) => Ok(Value::list(
            c.mro
                .borrow()
                .iter()
                .map(|b| Value::Class(b.clone()))
                .collect(),
        )),
        _ => Err(type_error("descriptor 'mro' of 'type' object needs a type")),
    }
}

/// The methods every class inherits from `object` (and, for exceptions, from
/// `BaseException`), found when the MRO of a class defines no such attribute:
/// `super().__str__()`, `object.__init__(self)`, `self.__eq__`. Bound to `receiver`
/// when given.
pub fn object_method(name: &str, receiver: Option<Value>) -> Option<Value> {
    let (name, func): (&'static str, NativeFn) = match name {
        "__init__" => ("__init__", object_init),
        "__str__" => ("__str__", object_str),
        "__repr__" => ("__repr__", object_repr),
        "__eq__" => ("__eq__", object_eq),
        "__ne__" => ("__ne__", object_ne),
        "__hash__" => ("__hash__", object_hash),
        "__setattr__" => ("__setattr__", object_setattr),
        "__delattr__" => ("__delattr__", object_delattr),
        "__new__" => ("__new__", object_new),
        // The end of a `super().__init_subclass__()` chain: nothing to do.
        "__init_subclass__" => ("__init_subclass__", |_, _| Ok(Value::None)),
        "__lt__" => ("__lt__", |vm, a| object_order(vm, a, "__lt__")),
        "__le__" => ("__le__", |vm, a| object_order(vm, a, "__le__")),
        "__gt__" => ("__gt__", |vm, a| object_order(vm, a, "__gt__")),
        "__ge__" => ("__ge__", |vm, a| object_order(vm, a, "__ge__")),
        _ => return None,
    };
    Some(Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: receiver,
        owner: Some("object"),
        fast: None,
    })))
}

fn object_self<'a>(a: &'a Args, method: &str) -> PyResult<&'a Value> {
    let this = a.pos.first().ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' of 'object' object needs an argument"
        ))
    })?;
    wrapper_no_kwargs(a, method)?;
    Ok(this)
}

/// Rejects keyword arguments to one of `object`'s slot wrappers, with CPython's
/// wording (`wrapper __setattr__() takes no keyword arguments`).
fn wrapper_no_kwargs(a: &Args, method: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "wrapper {method}() takes no keyword arguments"
        )))
    }
}

/// `object.__str__`: `repr(self)`; for exceptions, `BaseException.__str__`.
fn object_str(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let this = object_self(a, "__str__")?.clone();
    if let Value::Instance(i) = &this
        && let Some(x) = &i.exc
    {
        let args = x.borrow().args.clone();
        return Ok(Value::str(exception_str(vm, &i.class, &args)?));
    }
    Ok(Value::str(ops::repr(vm, &this)?))
}

/// `object.__repr__` (`BaseException.__repr__` for exceptions): never the class's own
/// `__repr__`.
fn object_repr(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let this = object_self(a, "__repr__")?.clone();
    match &this {
        Value::Instance(i) => Ok(Value::str(default_repr(vm, i)?)),
        other => {
            let cls = vm.class_of(other);
            let addr = other.heap_addr().unwrap_or(0);
            Ok(Value::str(format!(
                "<{} object at {addr:#x}>",
                cls.name.as_str()
            )))
        }
    }
}

/// The receiver and the one other operand of one of `object`'s comparison
/// slot wrappers (CPython: `expected 1 argument, got N` otherwise).
fn object_operands<'a>(a: &'a Args, method: &str) -> PyResult<(&'a Value, &'a Value)> {
    let this = object_self(a, method)?;
    match &a.pos[1..] {
        [other] => Ok((this, other)),
        rest => Err(type_error(format!(
            "expected 1 argument, got {}",
            rest.len()
        ))),
    }
}

fn object_eq(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (this, other) = object_operands(a, "__eq__")?;
    if this.is(other) {
        Ok(Value::bool(true))
    } else {
        Ok(not_implemented(vm))
    }
}

/// `object.__lt__` and the other orderings: `NotImplemented` (after checking
/// the arguments).
fn object_order(vm: &mut Vm, a: &mut Args, method: &str) -> PyResult<Value> {
    object_operands(a, method)?;
    Ok(not_implemented(vm))
}

fn object_ne(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (this, other) = object_operands(a, "__ne__")?;
    let (this, other) = (this.clone(), other.clone());
    let r = match call_special(vm, &this, "__eq__", std::slice::from_ref(&other))? {
        Some(r) => r,
        None if this.is(&other) => Value::bool(true),
        None => return Ok(not_implemented(vm)),
    };
    if is_not_implemented(vm, &r) {
        return Ok(r);
    }
    Ok(Value::bool(!ops::truthy(vm, &r)?))
}

fn object_hash(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let this = object_self(a, "__hash__")?;
    Ok(Value::Int((this.heap_addr().unwrap_or(0) >> 4) as i64))
}

fn object_setattr(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    wrapper_no_kwargs(a, "__setattr__")?;
    match a.pos.as_slice() {
        [obj @ Value::Instance(inst), Value::Str(name), value] => {
            let (obj, inst, name, value) = (obj.clone(), inst.clone(), name.clone(), value.clone());
            raw_set_attr(vm, &inst, &obj, &name, value)?;
            Ok(Value::None)
        }
        [obj, Value::Str(name), value] => {
            let (obj, name, value) = (obj.clone(), name.clone(), value.clone());
            set_attr(vm, &obj, &name, value)?;
            Ok(Value::None)
        }
        _ => Err(type_error("__setattr__ expected 2 arguments")),
    }
}

fn object_delattr(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    wrapper_no_kwargs(a, "__delattr__")?;
    match a.pos.as_slice() {
        [obj @ Value::Instance(inst), Value::Str(name)] => {
            let (obj, inst, name) = (obj.clone(), inst.clone(), name.clone());
            raw_del_attr(vm, &inst, &obj, &name)?;
            Ok(Value::None)
        }
        _ => Err(type_error("__delattr__ expected 1 argument")),
    }
}

/// `object.__new__(cls)`: a fresh instance of `cls` (its `__init__` not run).
fn object_new(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Class(c)) if c.kind == TypeKind::User => Ok(new_plain_instance(c)),
        Some(Value::Class(c)) if c.is_exception() => {
            Ok(Value::Instance(new_exception(c, a.pos[1..].to_vec())))
        }
        Some(Value::Class(c)) => Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            c.name.as_str(),
            c.name.as_str()
        ))),
        _ => Err(type_error("object.__new__(X): X is not a type object")),
    }
}

/// The `NotImplemented` singleton.
fn not_implemented(vm: &Vm) -> Value {
    vm.not_implemented.clone()
}

fn object_init(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(type_error(
            "descriptor '__init__' of 'object' object needs an argument",
        ));
    }
    Ok(Value::None)
}

/// `BaseException.__init__(self, *args)`: sets `self.args` (a subclass's `__init__`
/// calling `super().__init__(message)` changes what the exception prints).
pub fn exception_init(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = a.pos.first() else {
        return Err(type_error(
            "descriptor '__init__' of 'BaseException' object needs an argument",
        ));
    };
    let Some(x) = &inst.exc else {
        return Err(type_error(format!(
            "descriptor '__init__' requires a 'BaseException' object but received a '{}'",
            type_name(vm, &a.pos[0])
        )));
    };
    if !a.kw.is_empty() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            inst.class.name.as_str()
        )));
    }
    x.borrow_mut().args = a.pos[1..].to_vec();
    Ok(Value::None)
}
