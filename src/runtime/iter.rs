//! Iterator objects of the built-in types and lazy built-ins (`map`, `zip`, ...).
//!
//! The state machines live here; advancing them is `ops::iter_next`, with the common
//! sequence iterators advanced inline by the `ForIter` instruction
//! (`ops::fast_iter_next`).

use std::rc::Rc;

use num_bigint::BigInt;

use super::value::{Dict, List, PyStr, Set, Tuple, Value};

/// Which part of a dict an iterator yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictPart {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// `(key, value)` tuples.
    Items,
}

/// The state of an iterator over a big-int range.
pub struct BigRangeIter {
    /// The next value.
    pub next: BigInt,
    /// The increment.
    pub step: BigInt,
    /// How many values are left.
    pub remaining: BigInt,
}

/// The state of a built-in iterator.
///
/// `repr(C, u64)`: a tag word, then the variant's fields in order, so that
/// native code can advance the `Range`, `List`, `Str` and `Enumerate` states in
/// place (`jit::runtime::Layout` checks the offsets it uses at start-up).
#[repr(C, u64)]
pub enum IterState {
    /// Over a list (sees appends, as in CPython).
    List {
        /// The list iterated over.
        list: Rc<List>,
        /// Position of the next item.
        index: usize,
    },
    /// Over a list backwards.
    ListReversed {
        /// The list iterated over.
        list: Rc<List>,
        /// Position of the next item.
        index: usize,
    },
    /// Over a tuple.
    Tuple {
        /// The tuple iterated over.
        tuple: Rc<Tuple>,
        /// Position of the next item.
        index: usize,
    },
    /// Over a str, by byte position.
    Str {
        /// The string iterated over.
        s: Rc<PyStr>,
        /// Byte position of the next character.
        pos: usize,
    },
    /// Over a range.
    Range {
        /// The next value.
        next: i64,
        /// The increment.
        step: i64,
        /// How many values are left.
        remaining: i64,
    },
    /// Over a range that does not fit `Range` (a bound, the step or the length past
    /// i64). Boxed so the common variants stay small; never advanced inline.
    BigRange(Box<BigRangeIter>),
    /// Over a dict.
    Dict {
        /// The dict iterated over.
        dict: Rc<Dict>,
        /// Position of the next item.
        index: usize,
        /// Which part of each entry is yielded.
        part: DictPart,
        /// The size when iteration began (a change is an error).
        size: usize,
    },
    /// Over a set.
    Set {
        /// The set iterated over.
        set: Rc<Set>,
        /// Position of the next item.
        index: usize,
        /// The size when iteration began (a change is an error).
        size: usize,
    },
    /// Over the items of a snapshot (`reversed()` of a tuple, str or dict, ...).
    Values {
        /// The snapshot.
        items: Vec<Value>,
        /// Position of the next item.
        index: usize,
        /// The type name CPython's iterator has (`reversed`,
        /// `dict_reversekeyiterator`, ...).
        name: &'static str,
    },
    /// `enumerate(it, start)`.
    Enumerate {
        /// The underlying iterator.
        inner: Value,
        /// The next index (an int, big once it passes `i64::MAX`).
        count: Value,
    },
    /// `zip(*iters)`.
    Zip {
        /// The underlying iterators.
        iters: Vec<Value>,
        /// `strict=True`: iterators of different lengths raise ValueError.
        strict: bool,
    },
    /// `map(func, *iters)`.
    Map {
        /// The function applied.
        func: Value,
        /// The underlying iterators.
        iters: Vec<Value>,
    },
    /// `filter(func, it)`.
    Filter {
        /// The predicate (`None` keeps truthy items).
        func: Value,
        /// The underlying iterator.
        inner: Value,
    },
    /// `iter(func, sentinel)`: calls `func()` until it returns `sentinel`.
    Callable {
        /// The function called for each item.
        func: Value,
        /// The value that ends the iteration.
        sentinel: Value,
    },
    /// The sequence protocol (an object with `__getitem__` but no `__iter__`):
    /// `obj[index]`, `obj[index + 1]`, ... until `IndexError` or `StopIteration`.
    /// `reversed()` of such an object reads `obj[len - 1]` down to `obj[0]`.
    Sequence {
        /// The object indexed.
        obj: Value,
        /// The next index (below 0 when reading backwards: finished).
        index: i64,
        /// Whether it reads backwards (`reversed()`).
        backwards: bool,
    },
    /// A generator that is not running: its frame, suspended.
    Generator(Box<Suspended>),
    /// A generator whose frame is running (asking it for an item now is an error);
    /// its code.
    GeneratorRunning(Rc<crate::compiler::CodeObject>),
    /// A generator that has returned or raised; its code (for `__name__`).
    GeneratorDone(Rc<crate::compiler::CodeObject>),
    /// An iterator that is finished.
    Exhausted,
}

/// The kinds of iterator a `for` loop in native code advances inline (the
/// JIT's speculation, recorded for `enumerate`'s inner iterator by tier 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InlineIterKind {
    /// `IterState::Range`.
    Range = 1,
    /// `IterState::List`.
    List = 2,
    /// `IterState::Str`.
    Str = 3,
}

impl InlineIterKind {
    /// The kind a nonzero [`IterState::inline_kind`] code names.
    pub fn from_code(code: u32) -> Option<InlineIterKind> {
        match code {
            1 => Some(InlineIterKind::Range),
            2 => Some(InlineIterKind::List),
            3 => Some(InlineIterKind::Str),
            _ => None,
        }
    }
}

impl IterState {
    /// The [`InlineIterKind`] code of this state (0: not one native code
    /// advances inline).
    pub fn inline_kind(&self) -> u32 {
        match self {
            IterState::Range { .. } => InlineIterKind::Range as u32,
            IterState::List { .. } => InlineIterKind::List as u32,
            IterState::Str { .. } => InlineIterKind::Str as u32,
            _ => 0,
        }
    }

    /// CPython's name of the iterator type.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::ListReversed { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Str { s, .. } if s.is_ascii() => "str_ascii_iterator",
            IterState::Str { .. } => "str_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::BigRange(_) => "longrange_iterator",
            IterState::Dict {
                part: DictPart::Keys,
                ..
            } => "dict_keyiterator",
            IterState::Dict {
                part: DictPart::Values,
                ..
            } => "dict_valueiterator",
            IterState::Dict {
                part: DictPart::Items,
                ..
            } => "dict_itemiterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Values { name, .. } => name,
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Sequence {
                backwards: true, ..
            } => "reversed",
            IterState::Sequence { .. } => "iterator",
            IterState::Generator(_)
            | IterState::GeneratorRunning(_)
            | IterState::GeneratorDone(_) => "generator",
            IterState::Exhausted => "iterator",
        }
    }
}

/// A generator's frame while it is not running: everything the interpreter needs to
/// push it back and continue where it stopped.
pub struct Suspended {
    /// The generator's code.
    pub code: Rc<crate::compiler::CodeObject>,
    /// Where to continue.
    pub pc: usize,
    /// The frame's locals followed by its operand stack.
    pub saved: Vec<Value>,
    /// Its cells.
    pub cells: Vec<Rc<super::value::PyCell>>,
    /// Its globals.
    pub globals: Rc<super::value::Module>,
    /// Whether it has yielded before (a resumed `YieldValue` expects a value pushed).
    pub started: bool,
}
