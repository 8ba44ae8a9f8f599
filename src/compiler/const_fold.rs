//! Constant set displays, as CPython 3.11 compiles them.
//!
//! CPython's AST optimiser folds constant sub-expressions (`-1`, `2**61 - 1`,
//! `(1, 2)`), and the compiler turns a set display of more than two constants into
//! `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1`. The update copies the
//! constant's slot layout, and that constant was built by adding the items in order and
//! then rebuilt from its own iteration order when constants were merged, so with
//! colliding hashes the resulting set can iterate in a different order than one built
//! by adding the items. [`fold_set`] reproduces that constant.
//!
//! Only numeric folding is reproduced (with CPython's size limits: no int result
//! beyond 128 bits from `*`, `**` or `<<`); a display with anything else is compiled
//! as ordinary additions, which is what CPython does when it cannot fold.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::runtime::ops::const_hash;
use crate::runtime::set_table::SetTable;
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, Constant, Expr, ExprKind, UnaryOpKind};

/// CPython's `MAX_INT_SIZE`: folding stops at int results that may exceed this many bits.
const MAX_INT_SIZE: u64 = 128;

/// A folded number.
enum Num {
    Int(BigInt),
    Float(f64),
}

impl Num {
    fn of(v: &Value) -> Option<Num> {
        Some(match v {
            Value::Int(i) => Num::Int(BigInt::from(*i)),
            Value::BigInt(b) => Num::Int((**b).clone()),
            Value::Bool(b) => Num::Int(BigInt::from(b.get() as i64)),
            Value::Float(f) => Num::Float(f.get()),
            _ => return None,
        })
    }
    fn value(self) -> Value {
        match self {
            Num::Int(i) => Value::from_bigint(i),
            Num::Float(f) => Value::float(f),
        }
    }
    /// As a float, when the conversion is exact (so no rounding rule is involved).
    fn exact_f64(&self) -> Option<f64> {
        match self {
            Num::Float(f) => Some(*f),
            Num::Int(i) => {
                let x = i.to_i64()?;
                (x.unsigned_abs() <= 1 << 53).then_some(x as f64)
            }
        }
    }
}

/// The value CPython's AST optimiser makes of `e`, when it is a constant we can fold.
pub fn const_value(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(s) => Value::from_bigint(s.parse::<BigInt>().ok()?),
            Constant::Float(f) => Value::float(*f),
            Constant::Str(s) => Value::str(s.as_str()),
            _ => return None,
        }),
        ExprKind::Tuple(items) => {
            let vals: Option<Vec<Value>> = items.iter().map(const_value).collect();
            Some(Value::tuple(vals?))
        }
        ExprKind::UnaryOp { op, operand } => {
            let n = Num::of(&const_value(operand)?)?;
            Some(
                match (op, n) {
                    (UnaryOpKind::USub, Num::Int(i)) => Num::Int(-i),
                    (UnaryOpKind::USub, Num::Float(f)) => Num::Float(-f),
                    (UnaryOpKind::UAdd, n) => n,
                    (UnaryOpKind::Invert, Num::Int(i)) => Num::Int(-i - 1),
                    _ => return None,
                }
                .value(),
            )
        }
        ExprKind::BinOp { left, op, right } => {
            let (l, r) = (const_value(left)?, const_value(right)?);
            if matches!((&l, &r), (Value::Bool(_), Value::Bool(_)))
                && matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor)
            {
                // `bool & bool` is a bool; leave it to the run time.
                return None;
            }
            let (a, b) = (Num::of(&l)?, Num::of(&r)?);
            Some(match (a, b) {
                (Num::Int(a), Num::Int(b)) => int_binop(*op, a, b)?,
                (a, b) => float_binop(*op, a.exact_f64()?, b.exact_f64()?)?,
            })
        }
        _ => None,
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn int_binop(op: BinOp, a: BigInt, b: BigInt) -> Option<Value> {
    let nonzero = !a.is_zero() && !b.is_zero();
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => {
            if nonzero && bits(&a) + bits(&b) > MAX_INT_SIZE {
                return None;
            }
            a * b
        }
        BinOp::Pow => {
            if b.is_negative() {
                // A float result: not reproduced.
                return None;
            }
            let w = b.to_u64()?;
            if nonzero && bits(&a) > MAX_INT_SIZE / w {
                return None;
            }
            num_traits::pow(a, usize::try_from(w).ok()?)
        }
        BinOp::LShift => {
            if b.is_negative() {
                return None;
            }
            if nonzero {
                let w = b.to_u64()?;
                if w > MAX_INT_SIZE || bits(&a) > MAX_INT_SIZE - w {
                    return None;
                }
            }
            a << b.to_usize()?
        }
        BinOp::RShift => {
            if b.is_negative() {
                return None;
            }
            match b.to_usize() {
                Some(s) => a >> s,
                None => BigInt::from(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::FloorDiv if !b.is_zero() => a.div_floor(&b),
        BinOp::Mod if !b.is_zero() => a.mod_floor(&b),
        BinOp::Div if !b.is_zero() => {
            return float_binop(op, Num::Int(a).exact_f64()?, Num::Int(b).exact_f64()?);
        }
        _ => return None,
    };
    Some(Value::from_bigint(r))
}

fn float_binop(op: BinOp, a: f64, b: f64) -> Option<Value> {
    Some(Value::float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div if b != 0.0 => a / b,
        _ => return None,
    }))
}

/// What CPython's constant cache compares a constant by: its type and value
/// (`_PyCode_ConstantKey`), so `1`, `1.0` and `True` differ, and so do `0.0` and `-0.0`.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum ConstKey {
    None,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Str(String),
    Tuple(Vec<ConstKey>),
}

impl ConstKey {
    fn of(v: &Value) -> Option<ConstKey> {
        Some(match v {
            Value::None => ConstKey::None,
            Value::Bool(b) => ConstKey::Bool(b.get()),
            Value::Int(i) => ConstKey::Int(BigInt::from(*i)),
            Value::BigInt(b) => ConstKey::Int((**b).clone()),
            Value::Float(f) => ConstKey::Float(f.get().to_bits()),
            Value::Str(s) => ConstKey::Str(s.as_str().to_string()),
            Value::Tuple(t) => {
                ConstKey::Tuple(t.items.iter().map(ConstKey::of).collect::<Option<_>>()?)
            }
            _ => return None,
        })
    }
}

thread_local! {
    /// The constant sets of the module being compiled, by their sorted element keys.
    static SET_CONSTS: std::cell::RefCell<Vec<(Vec<ConstKey>, Value)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Starts a new module: CPython merges equal constants within one compilation.
pub fn reset() {
    SET_CONSTS.with(|c| c.borrow_mut().clear());
}

/// The constant CPython makes of a set display of more than two constants, or `None`
/// when the display is compiled as additions.
pub fn fold_set(items: &[Expr]) -> Option<Value> {
    if items.len() <= 2 {
        return None;
    }
    // `frozenset(items)`: the items added in order...
    let mut first = SetTable::new();
    for i in items {
        let v = const_value(i)?;
        let h = const_hash(&v)?;
        // Constants always compare without Python code.
        first.insert(h, v, &mut |_, _| Ok(false)).ok()?;
    }
    // ...an equal constant met earlier in the module is used instead...
    let mut key: Vec<ConstKey> = first
        .iter()
        .map(|e| ConstKey::of(&e.key))
        .collect::<Option<_>>()?;
    key.sort();
    if let Some(v) = SET_CONSTS.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    }) {
        return Some(v);
    }
    // ...else it is rebuilt from its iteration order when the constant is registered.
    let mut merged = SetTable::new();
    for e in first.iter() {
        merged
            .insert(e.hash, e.key.clone(), &mut |_, _| Ok(false))
            .ok()?;
    }
    let v = Value::set(merged);
    SET_CONSTS.with(|c| c.borrow_mut().push((key, v.clone())));
    Some(v)
}
