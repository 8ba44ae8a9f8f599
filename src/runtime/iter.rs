//! Iterator objects of the built-in types and lazy built-ins (`map`, `zip`, ...).
//!
//! The state machines live here; advancing them is `ops::iter_next`, with the common
//! sequence iterators advanced inline by the `ForIter` instruction
//! (`ops::fast_iter_next`).

use std::rc::Rc;

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

/// The state of a built-in iterator.
pub enum IterState {
    /// Over a list (sees appends, as in CPython).
    List { list: Rc<List>, index: usize },
    /// Over a list backwards.
    ListReversed { list: Rc<List>, index: usize },
    /// Over a tuple.
    Tuple { tuple: Rc<Tuple>, index: usize },
    /// Over a str, by byte position.
    Str { s: Rc<PyStr>, pos: usize },
    /// Over a range.
    Range { next: i64, step: i64, remaining: i64 },
    /// Over a dict.
    Dict { dict: Rc<Dict>, index: usize, part: DictPart, size: usize },
    /// Over a set.
    Set { set: Rc<Set>, index: usize, size: usize },
    /// Over the items of a snapshot (reversed str, sorted, ...).
    Values { items: Vec<Value>, index: usize },
    /// `enumerate(it, start)`.
    Enumerate { inner: Value, count: i64 },
    /// `zip(*iters)`.
    Zip { iters: Vec<Value> },
    /// `map(func, *iters)`.
    Map { func: Value, iters: Vec<Value> },
    /// `filter(func, it)`.
    Filter { func: Value, inner: Value },
    /// An iterator that is finished.
    Exhausted,
}

impl IterState {
    /// CPython's name of the iterator type.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::ListReversed { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Str { .. } => "str_ascii_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { part: DictPart::Keys, .. } => "dict_keyiterator",
            IterState::Dict { part: DictPart::Values, .. } => "dict_valueiterator",
            IterState::Dict { part: DictPart::Items, .. } => "dict_itemiterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Values { .. } => "iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Exhausted => "iterator",
        }
    }
}
