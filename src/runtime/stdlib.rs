//! The standard-library modules firebrand writes in Python (`src/runtime/stdlib/*.py`):
//! `collections`, `itertools`, `functools` and `dataclasses`. They are compiled from this text on
//! first import, like a script's own modules; a script's own module of the same
//! name comes first, as it does on CPython's `sys.path`.
//!
//! Built-in types cannot be subclassed yet, so `defaultdict`, `Counter`,
//! `OrderedDict` and namedtuple classes are classes that wrap a dict or tuple:
//! `isinstance(c, dict)` is False. Each module's docstring says what differs.

/// The Python source of the standard-library module `name`, if firebrand has one.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "collections" => include_str!("stdlib/collections.py"),
        "itertools" => include_str!("stdlib/itertools.py"),
        "functools" => include_str!("stdlib/functools.py"),
        "dataclasses" => include_str!("stdlib/dataclasses.py"),
        _ => return None,
    })
}
