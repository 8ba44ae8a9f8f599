//! "Did you mean" hints for uncaught `NameError`s and `AttributeError`s, computed the
//! way CPython 3.11's `Python/suggestions.c` does: the candidate with the smallest
//! weighted Levenshtein distance (a case change costs 1, any other edit 2), at most a
//! third of the characters changed, among at most 750 candidates.

use super::exceptions::Suggest;
use super::value::Value;
use crate::interp::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// Attributes every object has (`dir(object())`), plus those of instances of classes
/// defined by a `class` statement.
const OBJECT_ATTRS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The hint for a failed lookup: the name to suggest, if any.
pub fn suggestion(vm: &Vm, s: &Suggest) -> Option<String> {
    match s {
        Suggest::Name {
            name,
            locals,
            globals,
        } => {
            let name = name.as_str();
            let locals: Vec<String> = locals.iter().map(|n| n.as_str().to_string()).collect();
            calculate(&locals, name)
                .or_else(|| calculate(&dict_keys(&globals.dict), name))
                .or_else(|| calculate(&dict_keys(&vm.builtins.dict), name))
        }
        Suggest::Attribute { obj, name } => calculate(&dir(vm, obj), name),
    }
}

fn dict_keys(d: &super::value::Dict) -> Vec<String> {
    d.table
        .borrow()
        .iter()
        .filter_map(|e| match &e.key {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .collect()
}

/// `dir(obj)`: sorted attribute names.
fn dir(vm: &Vm, obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let add_class = |names: &mut Vec<String>, cls: &std::rc::Rc<super::class::Class>| {
        for c in cls.mro.borrow().iter() {
            names.extend(dict_keys_table(&c.dict.borrow()));
        }
    };
    match obj {
        Value::Module(m) => names.extend(dict_keys(&m.dict)),
        Value::Instance(i) => {
            names.extend(dict_keys_table(&i.dict.borrow()));
            add_class(&mut names, &i.class);
            names.extend(["__dict__", "__module__", "__weakref__"].map(String::from));
            names.extend(OBJECT_ATTRS.iter().map(|s| s.to_string()));
        }
        Value::Class(c) => {
            add_class(&mut names, c);
            names.extend(OBJECT_ATTRS.iter().map(|s| s.to_string()));
        }
        other => {
            add_class(&mut names, &vm.class_of(other));
            names.extend(OBJECT_ATTRS.iter().map(|s| s.to_string()));
        }
    }
    names.sort();
    names.dedup();
    names
}

fn dict_keys_table(t: &super::dict::DictTable) -> Vec<String> {
    t.iter()
        .filter_map(|e| match &e.key {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .collect()
}

/// CPython's `calculate_suggestions`.
fn calculate(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        // No more than a third of the involved characters should need changing.
        let max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        // Don't take matches already beaten.
        let max_distance = max_distance.min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.cloned()
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` over UTF-8 bytes, giving up above `max_cost`.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    while let (Some(x), Some(y)) = (a.first(), b.first())
        && x == y
    {
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last())
        && x == y
    {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn suggestions_match_cpython() {
        // Expected values printed by CPython 3.11 for the same lookups.
        assert_eq!(
            calculate(&names(&["print", "len", "pow"]), "pritn"),
            Some("print".into())
        );
        assert_eq!(
            calculate(&names(&["append", "extend"]), "apend"),
            Some("append".into())
        );
        assert_eq!(calculate(&names(&["count"]), "xyz"), None);
        assert_eq!(
            calculate(&names(&["Value", "value"]), "VALUE"),
            Some("Value".into())
        );
        assert_eq!(calculate(&names(&["ab"]), "ab"), None);
    }
}
