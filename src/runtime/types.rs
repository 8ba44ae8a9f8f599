//! The built-in classes of one engine: `object`, `int`, `str`, ..., and the exception
//! hierarchy. Methods of built-in types live in their class namespaces (filled by
//! `builtins::install`), so method lookup is one path for built-in and user classes.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::class::{Class, TypeKind};
use super::dict::DictTable;
use super::exceptions::ExcKind;
use super::value::{PyStr, Value};

/// The built-in classes.
pub struct Types {
    /// `object`
    pub object: Rc<Class>,
    /// `type`
    pub type_: Rc<Class>,
    /// `NoneType`
    pub none: Rc<Class>,
    /// `bool`
    pub bool_: Rc<Class>,
    /// `int`
    pub int: Rc<Class>,
    /// `float`
    pub float: Rc<Class>,
    /// `str`
    pub str_: Rc<Class>,
    /// `list`
    pub list: Rc<Class>,
    /// `tuple`
    pub tuple: Rc<Class>,
    /// `dict`
    pub dict: Rc<Class>,
    /// `set`
    pub set: Rc<Class>,
    /// `range`
    pub range: Rc<Class>,
    /// `slice`
    pub slice: Rc<Class>,
    /// `function`
    pub function: Rc<Class>,
    /// `builtin_function_or_method`
    pub builtin: Rc<Class>,
    /// `method`
    pub method: Rc<Class>,
    /// `module`
    pub module: Rc<Class>,
    /// `staticmethod`
    pub staticmethod: Rc<Class>,
    /// `classmethod`
    pub classmethod: Rc<Class>,
    /// `property`
    pub property: Rc<Class>,
    /// The iterator types share one class per name.
    pub iterators: RefCell<HashMap<&'static str, Rc<Class>>>,
    /// Exception classes by kind.
    pub exceptions: HashMap<ExcKind, Rc<Class>>,
}

/// The C3 linearisation of `bases` (the MRO of a class with these bases, less
/// the class itself), or `None` when there is no consistent order.
pub fn c3_linearization(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        // The first head that is in no other sequence's tail.
        let head = seqs
            .iter()
            .map(|s| &s[0])
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, h))))?;
        let head = head.clone();
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// Makes a class object. Its MRO is the C3 linearisation of its bases (the first
/// base's MRO when they have none; the caller checks consistency first).
pub fn new_class(name: &str, kind: TypeKind, bases: Vec<Rc<Class>>, module: &str) -> Rc<Class> {
    let mro = c3_linearization(&bases).unwrap_or_else(|| {
        bases
            .first()
            .map(|b| b.mro.borrow().clone())
            .unwrap_or_default()
    });
    let c = Rc::new(Class {
        name: Rc::new(PyStr::new(name)),
        kind,
        bases,
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(DictTable::new()),
        version: Cell::new(1),
        module: Rc::new(PyStr::new(module)),
        slots: RefCell::new(None),
    });
    let mut full = vec![c.clone()];
    full.extend(mro);
    *c.mro.borrow_mut() = full;
    c
}

impl Types {
    /// Creates all built-in classes.
    pub fn new() -> Types {
        let object = new_class("object", TypeKind::Object, vec![], "builtins");
        let mk =
            |name: &str, kind: TypeKind| new_class(name, kind, vec![object.clone()], "builtins");
        let int = mk("int", TypeKind::Int);
        let bool_ = new_class("bool", TypeKind::Bool, vec![int.clone()], "builtins");
        let mut exceptions: HashMap<ExcKind, Rc<Class>> = HashMap::new();
        for &k in ExcKind::ALL {
            let bases = match k.parent() {
                Some(p) => vec![exceptions[&p].clone()],
                None => vec![object.clone()],
            };
            exceptions.insert(
                k,
                new_class(k.name(), TypeKind::Exception(k), bases, "builtins"),
            );
        }
        Types {
            type_: mk("type", TypeKind::Type),
            none: mk("NoneType", TypeKind::NoneType),
            float: mk("float", TypeKind::Float),
            str_: mk("str", TypeKind::Str),
            list: mk("list", TypeKind::List),
            tuple: mk("tuple", TypeKind::Tuple),
            dict: mk("dict", TypeKind::Dict),
            set: mk("set", TypeKind::Set),
            range: mk("range", TypeKind::Range),
            slice: mk("slice", TypeKind::Slice),
            function: mk("function", TypeKind::Function),
            builtin: mk("builtin_function_or_method", TypeKind::Builtin),
            method: mk("method", TypeKind::Method),
            module: mk("module", TypeKind::Module),
            staticmethod: mk("staticmethod", TypeKind::Descriptor),
            classmethod: mk("classmethod", TypeKind::Descriptor),
            property: mk("property", TypeKind::Descriptor),
            iterators: RefCell::new(HashMap::new()),
            exceptions,
            int,
            bool_,
            object,
        }
    }

    /// The class of a built-in exception kind.
    pub fn exc_class(&self, kind: ExcKind) -> Rc<Class> {
        self.exceptions[&kind].clone()
    }

    /// The class of an iterator type, by its CPython name (`list_iterator`, ...).
    pub fn iterator_class(&self, name: &'static str) -> Rc<Class> {
        self.iterators
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| {
                new_class(
                    name,
                    TypeKind::Iterator,
                    vec![self.object.clone()],
                    "builtins",
                )
            })
            .clone()
    }

    /// The class of any value.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        match v {
            Value::Undef | Value::None => self.none.clone(),
            Value::Bool(_) => self.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::Str(_) => self.str_.clone(),
            Value::List(_) => self.list.clone(),
            Value::Tuple(_) => self.tuple.clone(),
            Value::Dict(_) => self.dict.clone(),
            Value::Set(_) => self.set.clone(),
            Value::Range(_) => self.range.clone(),
            Value::Slice(_) => self.slice.clone(),
            Value::Function(_) => self.function.clone(),
            Value::Builtin(_) => self.builtin.clone(),
            Value::BoundMethod(_) => self.method.clone(),
            Value::Module(_) => self.module.clone(),
            Value::Iter(it) => self.iterator_class(it.borrow().type_name()),
            Value::Class(_) => self.type_.clone(),
            Value::Instance(i) => i.class.clone(),
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
