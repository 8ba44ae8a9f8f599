//! The value representation: one 16-byte [`Value`] for every Python value.
//!
//! Layout (`#[repr(C, u64)]`): a one-byte tag at offset 0 and an 8-byte payload at
//! offset 8, so native code can test the tag and read an inline `i64`/`f64` directly.
//! Small ints, floats, bools and `None` are stored inline; everything else is a
//! reference-counted pointer (`Rc`) to a heap object of one concrete type. Ints that
//! overflow `i64` become [`Value::BigInt`] — arithmetic never wraps.
//!
//! Mutable containers use `RefCell`. The rule that keeps this panic-free: never hold a
//! borrow across a call that may run Python code; borrows that might still collide use
//! `try_borrow_mut` and raise `RuntimeError`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::dict::DictTable;
use super::set_table::SetTable;
use crate::compiler::CodeObject;
use crate::runtime::class::{Class, Instance};
use crate::runtime::exceptions::PyResult;
use crate::runtime::iter::IterState;

/// A Python value. Cloning is a reference-count increment for heap values.
#[derive(Default)]
#[repr(C, u64)]
pub enum Value {
    /// Internal marker: an unbound local, or the empty "self" slot of a call. Never
    /// visible to scripts.
    #[default]
    Undef = 0,
    /// `None`.
    None = 1,
    /// `True` / `False`.
    Bool(B64) = 2,
    /// An int that fits in i64.
    Int(i64) = 3,
    /// A float.
    Float(F64) = 4,
    /// An int outside the i64 range (always normalised: never fits in i64).
    BigInt(Rc<BigInt>) = 5,
    /// A str.
    Str(Rc<PyStr>) = 6,
    /// A list.
    List(Rc<List>) = 7,
    /// A tuple.
    Tuple(Rc<Tuple>) = 8,
    /// A dict.
    Dict(Rc<Dict>) = 9,
    /// A set.
    Set(Rc<Set>) = 10,
    /// A range.
    Range(Rc<Range>) = 11,
    /// A slice object (`a[1:2]`).
    Slice(Rc<Slice>) = 12,
    /// A Python function.
    Function(Rc<Function>) = 13,
    /// A built-in function, possibly bound to a receiver (`[].append`).
    Builtin(Rc<Builtin>) = 14,
    /// A Python function bound to an instance.
    BoundMethod(Rc<BoundMethod>) = 15,
    /// A module.
    Module(Rc<Module>) = 16,
    /// An iterator over a built-in sequence or a lazy built-in (`map`, `zip`, ...).
    Iter(Rc<RefCell<IterState>>) = 17,
    /// A class (built-in types are classes too: `int`, `ValueError`).
    Class(Rc<Class>) = 18,
    /// An instance of a user class or an exception.
    Instance(Rc<Instance>) = 19,
}

/// A float stored as its bit pattern.
///
/// Every payload of [`Value`] is an 8-byte integer or pointer, so rustc gives `Value`
/// the register-pair ABI: moves are two 8-byte integer moves, never a 16-byte reload
/// of an enum assembled in memory (which stalls store forwarding on every push).
///
/// `==` compares as floats (so NaN != NaN and 0.0 == -0.0), never as bits.
#[derive(Clone, Copy, Default, Debug)]
#[repr(transparent)]
pub struct F64(u64);

impl PartialEq for F64 {
    fn eq(&self, other: &F64) -> bool {
        self.get() == other.get()
    }
}

impl F64 {
    /// Wraps a float.
    #[inline(always)]
    pub const fn new(f: f64) -> F64 {
        F64(f.to_bits())
    }
    /// The float.
    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// A bool stored in 8 bytes, for the same reason as [`F64`].
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
#[repr(transparent)]
pub struct B64(u64);

impl B64 {
    /// Wraps a bool.
    #[inline(always)]
    pub const fn new(b: bool) -> B64 {
        B64(b as u64)
    }
    /// The bool.
    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

impl Clone for Value {
    /// Inline values are copied without touching the heap-value clone path, which
    /// keeps the interpreter's hot `LoadFast` free of a call.
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_inline() {
            // SAFETY: the inline variants (`Undef`, `None`, `Bool`, `Int`, `Float`)
            // hold only plain bits and own nothing, so a bitwise copy is a valid,
            // independent value; one compare on the tag replaces a jump table.
            return unsafe { std::ptr::read(self) };
        }
        // The heap values the interpreter copies most often: a reference-count
        // increment inline, tested one by one; the rest out of line.
        if let Value::List(r) = self {
            return Value::List(r.clone());
        }
        if let Value::Str(r) = self {
            return Value::Str(r.clone());
        }
        if let Value::Tuple(r) = self {
            return Value::Tuple(r.clone());
        }
        self.clone_heap()
    }
}

impl Value {
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::BigInt(r) => Value::BigInt(r.clone()),
            Value::Str(r) => Value::Str(r.clone()),
            Value::List(r) => Value::List(r.clone()),
            Value::Tuple(r) => Value::Tuple(r.clone()),
            Value::Dict(r) => Value::Dict(r.clone()),
            Value::Set(r) => Value::Set(r.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Slice(r) => Value::Slice(r.clone()),
            Value::Function(r) => Value::Function(r.clone()),
            Value::Builtin(r) => Value::Builtin(r.clone()),
            Value::BoundMethod(r) => Value::BoundMethod(r.clone()),
            Value::Module(r) => Value::Module(r.clone()),
            Value::Iter(r) => Value::Iter(r.clone()),
            Value::Class(r) => Value::Class(r.clone()),
            Value::Instance(r) => Value::Instance(r.clone()),
            Value::Undef => Value::Undef,
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
        }
    }

    /// Whether the value is stored inline (no heap object, nothing to release).
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(
            self,
            Value::Undef | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        )
    }
}

/// The value's tag: its discriminant, the first of its two words.
#[inline(always)]
pub fn tag_of(v: &Value) -> u8 {
    // SAFETY: `Value` is `#[repr(C, u64)]`: its first word is the initialised
    // discriminant.
    unsafe { std::ptr::from_ref(v).cast::<u64>().read() as u8 }
}

/// Drops a value, skipping the (out-of-line) drop glue when it is an inline value:
/// forgetting an inline value is exactly dropping it, since it owns nothing.
#[inline(always)]
pub fn discard(v: Value) {
    if v.is_inline() {
        std::mem::forget(v);
        return;
    }
    // A reference-count decrement inline for the common heap values, tested one by
    // one (a jump table here would be mispredicted); the rest out of line.
    let v = match v {
        Value::List(r) => return drop(r),
        v => v,
    };
    let v = match v {
        Value::Str(r) => return drop(r),
        v => v,
    };
    let v = match v {
        Value::Tuple(r) => return drop(r),
        v => v,
    };
    let v = match v {
        Value::Builtin(r) => return drop(r),
        v => v,
    };
    drop(v)
}

/// An immutable Python string, with its length in code points and a cached hash.
pub struct PyStr {
    // A `String` (not `Box<str>`) so that `s += t` on an unshared string can append
    // in place with amortised growth (see `push_str`).
    s: String,
    char_len: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    /// Makes a string.
    pub fn new(s: impl Into<String>) -> PyStr {
        let s = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: Cell::new(None),
        }
    }
    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    /// Whether every character is ASCII (then byte index == char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    /// The string's hash, cached: CPython's `str` hash as it is under
    /// `PYTHONHASHSEED=0` (SipHash-1-3 with a zero key over the PEP 393
    /// representation), so sets of strings iterate in CPython's order.
    #[inline]
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = str_hash(&self.s, self.is_ascii());
        self.hash.set(Some(h));
        h
    }
    /// Appends `t` (only possible on a string nobody else holds: `Rc::get_mut`).
    pub fn push_str(&mut self, t: &PyStr) {
        self.s.push_str(&t.s);
        self.char_len += t.char_len;
        self.hash.set(None);
    }
    /// The character at code-point index `i` (must be in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
}

/// CPython's hash of a `str` with hash randomisation off (`PYTHONHASHSEED=0`):
/// `_Py_HashBytes` over the string's PEP 393 storage — one byte per code point
/// when every code point is below 256, else two (below 65536) or four, little
/// endian — hashed with SipHash-1-3 under a zero key; `""` hashes to 0.
pub fn str_hash(s: &str, ascii: bool) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let h = if ascii {
        siphash13(s.as_bytes())
    } else {
        let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
        let mut buf: Vec<u8> = Vec::with_capacity(s.len() * 2);
        for c in s.chars() {
            let c = c as u32;
            if max < 0x100 {
                buf.push(c as u8);
            } else if max < 0x10000 {
                buf.extend_from_slice(&(c as u16).to_le_bytes());
            } else {
                buf.extend_from_slice(&c.to_le_bytes());
            }
        }
        siphash13(&buf)
    };
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// SipHash-1-3 with k0 = k1 = 0, as in CPython's `Python/pyhash.c`.
fn siphash13(data: &[u8]) -> u64 {
    let mut v0: u64 = 0x736f6d6570736575;
    let mut v1: u64 = 0x646f72616e646f6d;
    let mut v2: u64 = 0x6c7967656e657261;
    let mut v3: u64 = 0x7465646279746573;
    #[inline(always)]
    fn round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    }
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let mi = u64::from_le_bytes(w);
        v3 ^= mi;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= mi;
    }
    let mut tail = [0u8; 8];
    let rest = chunks.remainder();
    tail[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(tail);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// A list: a growable vector of values.
#[derive(Default)]
pub struct List {
    /// The elements.
    pub items: RefCell<Vec<Value>>,
}

impl Drop for List {
    fn drop(&mut self) {
        // Lists of ints and floats are common: values that hold no reference are
        // forgotten here rather than each passed to the out-of-line drop of `Value`.
        let items = self.items.get_mut();
        if items.iter().all(Value::is_inline) {
            // SAFETY: inline values own nothing: forgetting them leaks nothing, and
            // the vector then frees only its buffer.
            unsafe { items.set_len(0) };
            return;
        }
        std::mem::take(items).into_iter().for_each(discard);
    }
}

/// Appends `v` to a list's items. A full buffer grows into a fresh allocation
/// the items are moved to, not by `realloc`: glibc's `realloc` bypasses its
/// per-thread cache, which made growing small lists an item at a time (the way
/// scripts build them) several times slower than a new allocation and a copy.
pub fn push_item(items: &mut Vec<Value>, v: Value) {
    if items.len() == items.capacity() {
        let mut grown = Vec::with_capacity((items.capacity() * 2).max(8));
        grown.append(items);
        *items = grown;
    }
    items.push(v);
}

/// A tuple: an immutable sequence.
pub struct Tuple {
    /// The elements: pairs, the most common tuples, live in the tuple's own
    /// allocation.
    pub items: smallvec::SmallVec<[Value; 2]>,
}

impl Drop for Tuple {
    fn drop(&mut self) {
        // Tuples of ints are common (heap entries, graph edges): inline items are
        // forgotten here rather than each passed to the out-of-line drop of `Value`.
        if self.items.iter().all(Value::is_inline) {
            // SAFETY: inline values own nothing: forgetting them leaks nothing, and
            // the small vector then frees only its buffer, if it has one.
            unsafe { self.items.set_len(0) };
        }
    }
}

/// A dict: an insertion-ordered hash table.
#[derive(Default)]
pub struct Dict {
    /// The table.
    pub table: RefCell<DictTable>,
}

impl Dict {
    /// Borrows the table (panics if it is mutably borrowed).
    #[inline]
    pub fn borrow(&self) -> std::cell::Ref<'_, DictTable> {
        self.table.borrow()
    }
    /// Borrows the table mutably (panics if it is borrowed).
    #[inline]
    pub fn borrow_mut(&self) -> std::cell::RefMut<'_, DictTable> {
        self.table.borrow_mut()
    }
    /// Borrows the table unless it is mutably borrowed.
    #[inline]
    pub fn try_borrow(&self) -> Result<std::cell::Ref<'_, DictTable>, std::cell::BorrowError> {
        self.table.try_borrow()
    }
    /// Borrows the table mutably unless it is borrowed.
    #[inline]
    pub fn try_borrow_mut(
        &self,
    ) -> Result<std::cell::RefMut<'_, DictTable>, std::cell::BorrowMutError> {
        self.table.try_borrow_mut()
    }
}

/// A set: a CPython-layout hash table that iterates in slot order.
#[derive(Default)]
pub struct Set {
    /// The table.
    pub table: RefCell<SetTable>,
}

/// `range(start, stop, step)`.
///
/// `Small` is the common case: start, stop, step *and the length* all fit i64, and
/// it is iterated by the i64 `IterState::Range` the interpreter's `for` loop reads
/// inline. `Big` holds any other range (a bound or the step past i64, or more than
/// `i64::MAX` elements); it is iterated by `IterState::BigRange`. The constructors
/// keep that split canonical: a range is `Big` only when it cannot be `Small`.
pub enum Range {
    /// Everything fits i64.
    Small {
        /// First value.
        start: i64,
        /// End (exclusive).
        stop: i64,
        /// Step, never zero.
        step: i64,
    },
    /// Some bound, the step or the length does not fit i64.
    Big(Box<BigRange>),
}

/// The arbitrary-precision form of a [`Range`].
pub struct BigRange {
    /// First value.
    pub start: BigInt,
    /// End (exclusive).
    pub stop: BigInt,
    /// Step, never zero.
    pub step: BigInt,
    /// Number of elements.
    pub len: BigInt,
}

impl Range {
    /// The length of an i64 range, exactly (it may exceed i64).
    fn i64_len(start: i64, stop: i64, step: i64) -> i128 {
        let (start, stop, step) = (start as i128, stop as i128, step as i128);
        if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    }
    /// Whether the length of an i64 range fits i64.
    #[inline]
    fn i64_len_fits(start: i64, stop: i64, step: i64) -> bool {
        // The length is at most the distance between the bounds: no division needed
        // unless that distance itself overflows.
        stop.checked_sub(start).is_some_and(|d| d != i64::MIN)
            || i64::try_from(Self::i64_len(start, stop, step)).is_ok()
    }
    /// The range over i64 bounds (`step != 0`); `Big` only if the length overflows.
    #[inline]
    pub fn from_i64(start: i64, stop: i64, step: i64) -> Range {
        if Self::i64_len_fits(start, stop, step) {
            Range::Small { start, stop, step }
        } else {
            Range::new(BigInt::from(start), BigInt::from(stop), BigInt::from(step))
        }
    }
    /// The range over arbitrary bounds (`step != 0`), in its canonical form.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64())
            && Self::i64_len_fits(a, b, c)
        {
            return Range::Small {
                start: a,
                stop: b,
                step: c,
            };
        }
        let len = if step.is_positive() {
            if stop > start {
                (&stop - &start - 1u32) / &step + 1u32
            } else {
                BigInt::zero()
            }
        } else if start > stop {
            (&start - &stop - 1u32) / -&step + 1u32
        } else {
            BigInt::zero()
        };
        Range::Big(Box::new(BigRange {
            start,
            stop,
            step,
            len,
        }))
    }
    /// Number of elements, if it fits i64 (always, for `Small`).
    pub fn len_i64(&self) -> Option<i64> {
        match self {
            Range::Small { start, stop, step } => Some(Self::i64_len(*start, *stop, *step) as i64),
            Range::Big(b) => b.len.to_i64(),
        }
    }
    /// Number of elements.
    pub fn len_big(&self) -> BigInt {
        match self {
            Range::Small { start, stop, step } => BigInt::from(Self::i64_len(*start, *stop, *step)),
            Range::Big(b) => b.len.clone(),
        }
    }
    /// Whether the range is empty.
    pub fn is_empty(&self) -> bool {
        match self {
            Range::Small { start, stop, step } => Self::i64_len(*start, *stop, *step) == 0,
            Range::Big(b) => b.len.is_zero(),
        }
    }
    /// `(start, stop, step)` as BigInts.
    pub fn parts(&self) -> (BigInt, BigInt, BigInt) {
        match self {
            Range::Small { start, stop, step } => (
                BigInt::from(*start),
                BigInt::from(*stop),
                BigInt::from(*step),
            ),
            Range::Big(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
        }
    }
    /// The `start` attribute.
    pub fn start_value(&self) -> Value {
        match self {
            Range::Small { start, .. } => Value::Int(*start),
            Range::Big(b) => Value::from_bigint(b.start.clone()),
        }
    }
    /// The `stop` attribute.
    pub fn stop_value(&self) -> Value {
        match self {
            Range::Small { stop, .. } => Value::Int(*stop),
            Range::Big(b) => Value::from_bigint(b.stop.clone()),
        }
    }
    /// The `step` attribute.
    pub fn step_value(&self) -> Value {
        match self {
            Range::Small { step, .. } => Value::Int(*step),
            Range::Big(b) => Value::from_bigint(b.step.clone()),
        }
    }
    /// The i-th element of a `Small` range (`0 <= i < len`); it always fits.
    pub fn get_small(start: i64, step: i64, i: i64) -> i64 {
        // The product may overflow on the way; the element itself lies between
        // start and stop, so the wrapped result is exact.
        start.wrapping_add(i.wrapping_mul(step))
    }
    /// The i-th element (`0 <= i < len`).
    pub fn get_big(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.parts();
        start + i * step
    }
    /// Whether the int `x` is an element.
    pub fn contains_int(&self, x: &BigInt) -> bool {
        let (start, stop, step) = self.parts();
        let in_bounds = if step.is_positive() {
            *x >= start && *x < stop
        } else {
            *x <= start && *x > stop
        };
        in_bounds && ((x - &start) % &step).is_zero()
    }
    /// `repr(self)`.
    pub fn repr(&self) -> String {
        match self {
            Range::Small {
                start,
                stop,
                step: 1,
            } => format!("range({start}, {stop})"),
            Range::Small { start, stop, step } => format!("range({start}, {stop}, {step})"),
            Range::Big(b) if b.step == BigInt::from(1) => format!("range({}, {})", b.start, b.stop),
            Range::Big(b) => format!("range({}, {}, {})", b.start, b.stop, b.step),
        }
    }
    /// `self == other`: the same sequence of elements (CPython's `range_equals`).
    pub fn same_elements(&self, other: &Range) -> bool {
        if let (
            Range::Small {
                start: s1,
                step: t1,
                ..
            },
            Range::Small {
                start: s2,
                step: t2,
                ..
            },
        ) = (self, other)
        {
            let (l1, l2) = (self.len_i64(), other.len_i64());
            return l1 == l2 && (l1 == Some(0) || (s1 == s2 && (l1 == Some(1) || t1 == t2)));
        }
        let (l1, l2) = (self.len_big(), other.len_big());
        if l1 != l2 {
            return false;
        }
        if l1.is_zero() {
            return true;
        }
        let ((s1, _, t1), (s2, _, t2)) = (self.parts(), other.parts());
        s1 == s2 && (l1 == BigInt::from(1) || t1 == t2)
    }
}

/// A slice object: `start:stop:step`, each possibly `None`.
pub struct Slice {
    /// Start.
    pub start: Value,
    /// Stop.
    pub stop: Value,
    /// Step.
    pub step: Value,
}

/// A cell holding a variable captured by a closure.
#[derive(Default)]
pub struct PyCell {
    /// The value (`Undef` when unbound).
    pub value: RefCell<Value>,
}

impl PyCell {
    /// A new empty cell, registered with the cycle collector (a cell can hold the
    /// function whose closure holds the cell).
    pub fn new_tracked() -> Rc<PyCell> {
        let c = Rc::new(PyCell::default());
        crate::runtime::gc::track_cell(&c);
        c
    }
}

/// A Python function object: code plus the environment it was created in.
pub struct Function {
    /// The compiled body.
    pub code: Rc<CodeObject>,
    /// The module globals the function sees.
    pub globals: Rc<Module>,
    /// Defaults of the trailing positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Vec<(Rc<PyStr>, Value)>,
    /// Captured cells, in the order of `code.freevars`.
    pub closure: Vec<Rc<PyCell>>,
    /// The function's `__name__`.
    pub name: RefCell<Rc<PyStr>>,
    /// The function's `__qualname__` as defined (argument errors name it).
    pub qualname: Rc<PyStr>,
    /// The `__dict__` of the function (rarely used).
    pub attrs: RefCell<Option<DictTable>>,
}

impl Function {
    /// `__qualname__`: as assigned (kept among the attributes), else as defined.
    pub fn display_qualname(&self) -> Rc<PyStr> {
        let key = PyStr::new("__qualname__");
        let assigned = self.attrs.borrow().as_ref().and_then(|d| {
            d.get(key.hash(), &Value::Str(Rc::new(key)), &mut |_, _| Ok(false))
                .ok()
                .flatten()
        });
        match assigned {
            Some(Value::Str(s)) => s,
            _ => self.qualname.clone(),
        }
    }
}

/// The Rust signature of every built-in function.
///
/// `args` are the positional arguments; for a bound built-in method the receiver is
/// `args[0]`. `kwargs` holds keyword arguments in call order.
pub type NativeFn = fn(&mut crate::interp::Vm, &mut Args) -> PyResult<Value>;

/// A built-in's positional-only entry, for calls without keyword arguments:
/// `args` are borrowed (the receiver first for a method), so a call needs no
/// argument vector. It must behave exactly as the built-in's [`NativeFn`] does
/// for the same arguments (most handle the common types and pass the rest on).
pub type FastFn = fn(&mut crate::interp::Vm, &[Value]) -> PyResult<Value>;

/// Arguments to a built-in function.
#[derive(Default)]
pub struct Args {
    /// Positional arguments (receiver first for bound methods).
    pub pos: Vec<Value>,
    /// Keyword arguments, in call order.
    pub kw: Vec<(Rc<PyStr>, Value)>,
}

/// A built-in function, optionally bound to a receiver.
pub struct Builtin {
    /// Name shown in reprs and error messages (`append`, `len`).
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// The receiver for a bound method (`[].append`), inserted as the first argument.
    pub bound: Option<Value>,
    /// The owning type's name for methods (`list`), for reprs.
    pub owner: Option<&'static str>,
    /// A positional-only entry that native code calls instead of `func` when
    /// there are no keyword arguments, if the built-in has one (unbound
    /// built-ins only: a bound one has `None`).
    pub fast: Option<FastFn>,
}

/// A Python function bound to its receiver (`obj.method`).
pub struct BoundMethod {
    /// The receiver.
    pub receiver: Value,
    /// The function (or any callable for classmethods).
    pub func: Value,
}

/// A module: a named namespace.
pub struct Module {
    /// The module's `__name__`.
    pub name: Rc<PyStr>,
    /// The module's globals.
    pub dict: Rc<Dict>,
}

impl Value {
    /// Makes a float value.
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value::Float(F64::new(f))
    }
    /// Makes a bool value.
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(B64::new(b))
    }
    /// Makes a str value.
    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    /// Makes a list value.
    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(List {
            items: RefCell::new(items),
        });
        crate::runtime::gc::track_list(&l);
        Value::List(l)
    }
    /// Makes a tuple value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::tuple_from(smallvec::SmallVec::from_vec(items))
    }
    /// Makes a two-item tuple, the commonest kind (`(priority, item)`,
    /// `(key, value)`), with its items straight in place.
    #[inline]
    pub fn pair(a: Value, b: Value) -> Value {
        Value::tuple_from(smallvec::SmallVec::from_buf([a, b]))
    }
    /// Makes a tuple value from its items without an intermediate `Vec`.
    #[inline]
    pub fn tuple_from(items: smallvec::SmallVec<[Value; 2]>) -> Value {
        let t = Rc::new(Tuple { items });
        crate::runtime::gc::track_tuple(&t);
        Value::Tuple(t)
    }
    /// Makes a dict value from a table.
    pub fn dict(table: DictTable) -> Value {
        let d = Rc::new(Dict {
            table: RefCell::new(table),
        });
        crate::runtime::gc::track_dict(&d);
        Value::Dict(d)
    }
    /// Makes a set value from a table.
    pub fn set(table: SetTable) -> Value {
        Value::Set(Rc::new(Set {
            table: RefCell::new(table),
        }))
    }
    /// Makes an int from a BigInt, normalising to the inline form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    /// Makes an int from an i128 (normalised).
    pub fn from_i128(i: i128) -> Value {
        match i64::try_from(i) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(BigInt::from(i))),
        }
    }
    /// Whether this is `None`.
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    /// The value as a BigInt if it is an int or bool.
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    }
    /// The value as an i64 if it is an int or bool that fits.
    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(b.get() as i64),
            _ => None,
        }
    }
    /// Identity: the same object (or equal inline values of the same kind), as `is`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Undef, Value::Undef) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
            _ => match (self.heap_addr(), other.heap_addr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }
    /// The address of the heap object, if this is a heap value (used by `id` and `is`).
    pub fn heap_addr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const () as usize,
            Value::List(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Set(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const () as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Iter(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Class(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const () as usize,
            _ => return None,
        })
    }
}

// SAFETY-free layout check: the JIT (a later tier) relies on tag-at-0, payload-at-8.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

#[cfg(test)]
mod str_hash_tests {
    use super::str_hash;

    /// Values printed by `PYTHONHASHSEED=0 python3 -c 'print(hash(s))'` (3.11).
    #[test]
    fn matches_cpython_with_hash_seed_zero() {
        let cases: [(&str, i64); 9] = [
            ("", 0),
            ("a", 4644417185603328019),
            ("abc", -4594863902769663758),
            ("abcdefgh", 4574395652268504554),
            ("abcdefghijklmnopq", 7044894726457044172),
            ("café", 137524001917817222),
            ("€uro", 7542247858446192590),
            ("😀x", -8926728262118538918),
            ("日本語", 7116994712188270),
        ];
        for (s, want) in cases {
            assert_eq!(str_hash(s, s.is_ascii()), want, "hash({s:?})");
        }
    }
}
