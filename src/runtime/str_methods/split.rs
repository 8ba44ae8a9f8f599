//! Splitting and joining: `split`, `rsplit`, `splitlines` and `join`.

use super::unicode::{is_linebreak, is_space};
use super::{Methods, Sig, c_int_arg, check_size, parse, ssize_arg};
use crate::interp::Vm;
use crate::runtime::exceptions::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::runtime::ops::{self, type_name};
use crate::runtime::value::{Args, Value};

/// The splitting and joining methods.
pub(super) const METHODS: Methods = &[
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("join", str_join),
];

fn str_list(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

/// `split`/`rsplit(sep=None, maxsplit=-1)`.
fn split_method(vm: &mut Vm, a: &mut Args, name: &str, forward: bool) -> PyResult<Value> {
    let call = parse(vm, a, name, Sig::Keywords(&["sep", "maxsplit"]))?;
    let maxsplit = match call.arg(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let max = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let s = call.s.as_str();
    let parts = match call.arg(0) {
        None | Some(Value::None) if forward => split_whitespace(s, max),
        None | Some(Value::None) => rsplit_whitespace(s, max),
        Some(Value::Str(sep)) if sep.as_str().is_empty() => {
            return Err(value_error("empty separator"));
        }
        Some(Value::Str(sep)) if forward => s.splitn(max.saturating_add(1), sep.as_str()).collect(),
        Some(Value::Str(sep)) => {
            let mut parts: Vec<&str> = s.rsplitn(max.saturating_add(1), sep.as_str()).collect();
            parts.reverse();
            parts
        }
        Some(other) => {
            return Err(type_error(format!(
                "must be str or None, not {}",
                type_name(vm, other)
            )));
        }
    };
    Ok(str_list(parts))
}

/// Splits on runs of whitespace, at most `max` times from the left; the rest (without
/// its leading whitespace) is the last part.
fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if parts.len() == max {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        let (word, tail) = rest.split_at_checked(end).unwrap_or((rest, ""));
        parts.push(word);
        rest = tail.trim_start_matches(is_space);
    }
    parts
}

/// [`split_whitespace`] from the right.
fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if parts.len() == max {
            parts.push(rest);
            break;
        }
        let start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let (head, word) = rest.split_at_checked(start).unwrap_or(("", rest));
        parts.push(word);
        rest = head.trim_end_matches(is_space);
    }
    parts.reverse();
    parts
}

fn str_split(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    split_method(vm, a, "split", true)
}

fn str_rsplit(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    split_method(vm, a, "rsplit", false)
}

/// The lines of `s`, split at every line boundary (`\r\n` counts as one), with or
/// without their line endings.
fn lines(s: &str, keepends: bool) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.next_if(|&(_, n)| n == '\n').is_some() {
            end += 1;
        }
        parts.push(s.get(start..if keepends { end } else { i }).unwrap_or(""));
        start = end;
    }
    if start < s.len() {
        parts.push(s.get(start..).unwrap_or(""));
    }
    parts
}

fn str_splitlines(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let call = parse(vm, a, "splitlines", Sig::Keywords(&["keepends"]))?;
    let keepends = match call.arg(0) {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    Ok(str_list(lines(call.s.as_str(), keepends)))
}

fn str_join(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let call = parse(vm, a, "join", Sig::One)?;
    let iterable = call.req(0).clone();
    let sep = call.s.as_str();
    // A list or tuple is read in place: nothing below runs Python code.
    match &iterable {
        Value::List(l) => {
            if let Ok(items) = l.items.try_borrow() {
                return join_strs(vm, sep, &items);
            }
        }
        Value::Tuple(t) => return join_strs(vm, sep, &t.items),
        _ => {}
    }
    let not_iterable = |e: PyErr| {
        if e.matches(ExcKind::TypeError) {
            type_error("can only join an iterable")
        } else {
            e
        }
    };
    let it = ops::get_iter(vm, iterable).map_err(not_iterable)?;
    let items = ops::collect_iterable(vm, &it)?;
    join_strs(vm, sep, &items)
}

/// `sep.join(items)` of items that must all be strs.
fn join_strs(vm: &Vm, sep: &str, items: &[Value]) -> PyResult<Value> {
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(s) => total = total.saturating_add(s.as_str().len()),
            other => {
                let t = type_name(vm, other);
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    check_size(total)?;
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Value::Str(s) = item {
            match s.as_str().as_bytes() {
                // One ASCII character (joining characters is common): a byte
                // push, not a copy call.
                &[b] => out.push(char::from(b)),
                _ => out.push_str(s.as_str()),
            }
        }
    }
    Ok(Value::str(out))
}
