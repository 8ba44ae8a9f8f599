//! [`Value`]: a Python value copied out to (or in from) the host.
//!
//! Host values are detached snapshots: they own their data and share nothing with the
//! engine's heap, which is what lets an [`crate::Engine`] move between threads.
//! Objects without a plain-data equivalent (functions, class instances) arrive as
//! [`Value::Object`] with their type name and `repr`.

use std::fmt;

use num_bigint::BigInt;

use crate::Error;

/// A Python value on the host side of the boundary.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in i64.
    Int(i64),
    /// An int outside the i64 range.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(String),
    /// A list.
    List(Vec<Value>),
    /// A tuple.
    Tuple(Vec<Value>),
    /// A dict, in insertion order.
    Dict(Vec<(Value, Value)>),
    /// A set (in the engine's iteration order).
    Set(Vec<Value>),
    /// Any other object, described by its type name and `repr()`.
    Object {
        /// `type(x).__name__`.
        type_name: String,
        /// `repr(x)`.
        repr: String,
    },
}

impl Value {
    /// The Python type name (`"int"`, `"list"`, ...).
    pub fn type_name(&self) -> &str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::Object { type_name, .. } => type_name,
        }
    }
}

impl fmt::Display for Value {
    /// Formats like Python's `repr()` (floats with CPython's shortest repr).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn seq(f: &mut fmt::Formatter<'_>, items: &[Value]) -> fmt::Result {
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    write!(f, ", ")?;
                }
                write!(f, "{v}")?;
            }
            Ok(())
        }
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(true) => write!(f, "True"),
            Value::Bool(false) => write!(f, "False"),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(b) => write!(f, "{b}"),
            Value::Float(x) => write!(f, "{}", crate::runtime::numeric::float_repr(*x)),
            Value::Str(s) => write!(f, "{}", crate::runtime::numeric::str_repr(s)),
            Value::List(items) => {
                write!(f, "[")?;
                seq(f, items)?;
                write!(f, "]")
            }
            Value::Tuple(items) => {
                write!(f, "(")?;
                seq(f, items)?;
                if items.len() == 1 {
                    write!(f, ",")?;
                }
                write!(f, ")")
            }
            Value::Set(items) if items.is_empty() => write!(f, "set()"),
            Value::Set(items) => {
                write!(f, "{{")?;
                seq(f, items)?;
                write!(f, "}}")
            }
            Value::Dict(pairs) => {
                write!(f, "{{")?;
                for (i, (k, v)) in pairs.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{k}: {v}")?;
                }
                write!(f, "}}")
            }
            Value::Object { repr, .. } => write!(f, "{repr}"),
        }
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}
impl From<i32> for Value {
    fn from(v: i32) -> Self {
        Value::Int(v as i64)
    }
}
impl From<f64> for Value {
    fn from(v: f64) -> Self {
        Value::Float(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Bool(v)
    }
}
impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Str(v)
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Str(v.to_string())
    }
}
impl From<Vec<Value>> for Value {
    fn from(v: Vec<Value>) -> Self {
        Value::List(v)
    }
}
impl From<BigInt> for Value {
    fn from(v: BigInt) -> Self {
        Value::BigInt(v)
    }
}
impl From<()> for Value {
    fn from(_: ()) -> Self {
        Value::None
    }
}

fn mismatch(expected: &str, found: &Value) -> Error {
    Error::Conversion(format!("expected {expected}, found {}", found.type_name()))
}

impl TryFrom<Value> for i64 {
    type Error = Error;
    fn try_from(v: Value) -> Result<Self, Error> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::BigInt(_) => Err(Error::Conversion("int too large for i64".into())),
            other => Err(mismatch("int", &other)),
        }
    }
}
impl TryFrom<Value> for f64 {
    type Error = Error;
    fn try_from(v: Value) -> Result<Self, Error> {
        match v {
            Value::Float(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            Value::Bool(b) => Ok(b as i64 as f64),
            other => Err(mismatch("float", &other)),
        }
    }
}
impl TryFrom<Value> for bool {
    type Error = Error;
    fn try_from(v: Value) -> Result<Self, Error> {
        match v {
            Value::Bool(b) => Ok(b),
            other => Err(mismatch("bool", &other)),
        }
    }
}
impl TryFrom<Value> for String {
    type Error = Error;
    fn try_from(v: Value) -> Result<Self, Error> {
        match v {
            Value::Str(s) => Ok(s),
            other => Err(mismatch("str", &other)),
        }
    }
}
impl TryFrom<Value> for Vec<Value> {
    type Error = Error;
    fn try_from(v: Value) -> Result<Self, Error> {
        match v {
            Value::List(items) | Value::Tuple(items) | Value::Set(items) => Ok(items),
            other => Err(mismatch("list or tuple", &other)),
        }
    }
}
