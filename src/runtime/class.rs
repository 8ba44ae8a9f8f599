//! Classes and instances. Built-in types are classes too, so `type(x)`, `isinstance`
//! and `except ValueError` all work on one representation.
//!
//! Each class carries a `version` that changes whenever its namespace (or a base's)
//! changes; tier 1 keys attribute caches on it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::DictTable;
use super::exceptions::{ExcKind, TbEntry};
use super::value::{Dict, PyStr, Value};

/// What a class is underneath: a built-in type, or a user class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    /// `object`.
    Object,
    /// `type`.
    Type,
    /// `NoneType`.
    NoneType,
    /// `bool`.
    Bool,
    /// `int`.
    Int,
    /// `float`.
    Float,
    /// `str`.
    Str,
    /// `list`.
    List,
    /// `tuple`.
    Tuple,
    /// `dict`.
    Dict,
    /// `set`.
    Set,
    /// `range`.
    Range,
    /// `slice`.
    Slice,
    /// `function`.
    Function,
    /// `builtin_function_or_method`.
    Builtin,
    /// `method`.
    Method,
    /// `module`.
    Module,
    /// The built-in iterator types.
    Iterator,
    /// A built-in exception class.
    Exception(ExcKind),
    /// `staticmethod`, `classmethod` or `property` (see `runtime::descriptors`).
    Descriptor,
    /// A class defined by a `class` statement.
    User,
}

/// A class object.
pub struct Class {
    /// `__name__`.
    pub name: Rc<PyStr>,
    /// The built-in kind this class is, or derives from.
    pub kind: TypeKind,
    /// Direct base classes.
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, starting with the class itself.
    pub mro: RefCell<Vec<Rc<Class>>>,
    /// The class namespace (`__dict__`).
    pub dict: RefCell<DictTable>,
    /// Bumped on every change to the namespace of this class or a base.
    pub version: Cell<u64>,
    /// The module the class was defined in (`__module__`).
    pub module: Rc<PyStr>,
    /// The attribute names its instances may have, when this class and every
    /// user-defined base declare `__slots__` (without `__dict__`); else `None`.
    pub slots: RefCell<Option<Rc<[String]>>>,
}

impl Class {
    /// `__qualname__`: the dotted path of a class defined inside a class or function
    /// (`Outer.Inner`, `f.<locals>.Local`), else its name.
    pub fn qualname(&self) -> String {
        self.own_str("__qualname__")
            .unwrap_or_else(|| self.name.as_str().to_string())
    }

    /// `__name__`: as assigned, else the name it was created with. Like
    /// `__qualname__` and `__module__`, it is the class's own, never inherited.
    pub fn display_name(&self) -> String {
        self.own_str("__name__")
            .unwrap_or_else(|| self.name.as_str().to_string())
    }

    /// `__module__`: as assigned, else the module it was created in.
    pub fn module_name(&self) -> String {
        self.own_str("__module__")
            .unwrap_or_else(|| self.module.as_str().to_string())
    }

    /// A str stored under `key` in the class's own namespace.
    fn own_str(&self, key: &str) -> Option<String> {
        let key = super::value::PyStr::new(key);
        let found = self.dict.try_borrow().ok().and_then(|d| {
            d.get(key.hash(), &Value::Str(Rc::new(key)), &mut |_, _| Ok(false))
                .ok()
                .flatten()
        });
        match found {
            Some(Value::Str(q)) => Some(q.as_str().to_string()),
            _ => None,
        }
    }

    /// The built-in exception kind of this class or its nearest built-in base.
    pub fn exc_kind(&self) -> Option<ExcKind> {
        if let TypeKind::Exception(k) = self.kind {
            return Some(k);
        }
        None
    }
    /// Whether `self` is `other` or a subclass of it.
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        if Rc::ptr_eq(self, other) || other.kind == TypeKind::Object {
            return true;
        }
        self.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }
    /// Whether this class derives from `BaseException`.
    pub fn is_exception(&self) -> bool {
        matches!(self.kind, TypeKind::Exception(_))
    }
}

/// The exception-specific state of an instance of a `BaseException` subclass.
#[derive(Default)]
pub struct ExcData {
    /// `args`.
    pub args: Vec<Value>,
    /// `__cause__` (`raise ... from ...`).
    pub cause: Value,
    /// `__context__` (the exception being handled when this one was raised).
    pub context: Value,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// Frames the exception has passed through, innermost first.
    pub traceback: Vec<TbEntry>,
    /// The failed lookup of a `NameError`/`AttributeError` (for "Did you mean").
    pub suggest: Option<Rc<super::exceptions::Suggest>>,
}

/// An instance of a user class or of an exception class.
pub struct Instance {
    /// The instance's class.
    pub class: Rc<Class>,
    /// The instance attributes. Its own `Rc` so that `obj.__dict__` and
    /// `vars(obj)` hand out this very dict (writes through them are attribute
    /// writes), as in CPython.
    pub dict: Rc<Dict>,
    /// Whether `dict` has been handed out as a value: it is then a tracked
    /// container of its own, which the collector reaches through this instance
    /// (before that, the instance reports the dict's contents as its own).
    pub dict_shared: Cell<bool>,
    /// Present for exception instances.
    pub exc: Option<RefCell<ExcData>>,
    /// State of instances of native classes (e.g. `random.Random`'s generator).
    pub native: Option<RefCell<Box<dyn std::any::Any>>>,
}

impl Instance {
    /// An instance of `class` with an empty `__dict__` (not yet registered with
    /// the collector).
    pub fn new(
        class: Rc<Class>,
        exc: Option<RefCell<ExcData>>,
        native: Option<RefCell<Box<dyn std::any::Any>>>,
    ) -> Instance {
        Instance {
            class,
            dict: Rc::new(Dict::default()),
            dict_shared: Cell::new(false),
            exc,
            native,
        }
    }

    /// `obj.__dict__`: the instance's own dict, as a value.
    pub fn dict_value(&self) -> Value {
        if !self.dict_shared.replace(true) {
            super::gc::track_dict(&self.dict);
        }
        Value::Dict(self.dict.clone())
    }

    /// The exception state, if this is an exception instance.
    pub fn exc_data(&self) -> Option<&RefCell<ExcData>> {
        self.exc.as_ref()
    }
}
