//! Searching: `find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`,
//! `replace`, `partition`, `rpartition`, `removeprefix` and `removesuffix`.

use std::rc::Rc;

use super::{
    Call, Methods, Sig, Span, Text, check_size, clinic_str_arg, parse, slice_index, ssize_arg,
    str_arg,
};
use crate::interp::Vm;
use crate::runtime::exceptions::{PyResult, type_error, value_error};
use crate::runtime::ops::type_name;
use crate::runtime::value::{Args, PyStr, Value};

/// The searching methods.
pub(super) const METHODS: Methods = &[
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("replace", str_replace),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
];

/// A parsed `(x[, start[, end]])` call, as `find`, `count` and `startswith` take; the
/// span's errors come first, as in CPython.
struct Ranged {
    call: Call,
    start: Option<i64>,
    end: Option<i64>,
}

impl Ranged {
    fn parse(vm: &Vm, a: &mut Args, name: &str) -> PyResult<Ranged> {
        let call = parse(vm, a, name, Sig::Tuple(1, 3))?;
        let (start, end) = (slice_index(call.arg(1))?, slice_index(call.arg(2))?);
        Ok(Ranged { call, start, end })
    }

    /// The first argument, which must be a str.
    fn sub(&self, vm: &Vm) -> PyResult<Rc<PyStr>> {
        str_arg(vm, self.call.req(0), |t| format!("must be str, not {t}"))
    }

    /// The receiver and the span to search.
    fn text(&self) -> (Text<'_>, Span) {
        let text = Text::new(&self.call.s);
        (text, text.span(self.start, self.end))
    }
}

/// The code-point index of the first (or last) occurrence of `sub` within `span`.
fn find_in(text: Text, sub: &PyStr, span: Span, forward: bool) -> Option<usize> {
    if !span.fits(sub.char_len()) {
        return None;
    }
    let hay = text.slice(span);
    let at = if forward {
        hay.find(sub.as_str())
    } else {
        hay.rfind(sub.as_str())
    }?;
    let hay_text = Text {
        s: hay,
        len: span.end - span.start,
        ascii: text.ascii,
    };
    Some(span.start + hay_text.chars_before(at))
}

/// `find`/`rfind` (`-1` when absent) and `index`/`rindex` (`ValueError` when absent).
fn find_method(
    vm: &mut Vm,
    a: &mut Args,
    name: &str,
    forward: bool,
    raise: bool,
) -> PyResult<Value> {
    let r = Ranged::parse(vm, a, name)?;
    let sub = r.sub(vm)?;
    let (text, span) = r.text();
    match find_in(text, &sub, span, forward) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_find(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    find_method(vm, a, "find", true, false)
}

fn str_rfind(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    find_method(vm, a, "rfind", false, false)
}

fn str_index(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    find_method(vm, a, "index", true, true)
}

fn str_rindex(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    find_method(vm, a, "rindex", false, true)
}

fn str_count(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let r = Ranged::parse(vm, a, "count")?;
    let sub = r.sub(vm)?;
    let (text, span) = r.text();
    let n = if !span.fits(sub.char_len()) {
        0
    } else if sub.char_len() == 0 {
        span.end - span.start + 1
    } else {
        text.slice(span).matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

/// `startswith`/`endswith`: the prefix (or suffix) may be a tuple of alternatives.
fn affix_method(vm: &mut Vm, a: &mut Args, name: &str, at_end: bool) -> PyResult<Value> {
    let r = Ranged::parse(vm, a, name)?;
    let (text, span) = r.text();
    let matches = |affix: &PyStr| {
        span.fits(affix.char_len()) && {
            let hay = text.slice(span);
            if at_end {
                hay.ends_with(affix.as_str())
            } else {
                hay.starts_with(affix.as_str())
            }
        }
    };
    match r.call.req(0) {
        Value::Str(affix) => Ok(Value::bool(matches(affix))),
        Value::Tuple(t) => {
            for item in t.items.iter() {
                let Value::Str(affix) = item else {
                    let t = type_name(vm, item);
                    return Err(type_error(format!(
                        "tuple for {name} must only contain str, not {t}"
                    )));
                };
                if matches(affix) {
                    return Ok(Value::bool(true));
                }
            }
            Ok(Value::bool(false))
        }
        other => {
            let t = type_name(vm, other);
            Err(type_error(format!(
                "{name} first arg must be str or a tuple of str, not {t}"
            )))
        }
    }
}

fn str_startswith(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    affix_method(vm, a, "startswith", false)
}

fn str_endswith(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    affix_method(vm, a, "endswith", true)
}

fn str_replace(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let call = parse(vm, a, "replace", Sig::Positional(2, 3))?;
    let old = clinic_str_arg(vm, call.req(0), "replace", "argument 1")?;
    let new = clinic_str_arg(vm, call.req(1), "replace", "argument 2")?;
    let count = match call.arg(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let (s, old, new) = (call.s.as_str(), old.as_str(), new.as_str());
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if new.len() > old.len() {
        let occurrences = if old.is_empty() {
            call.s.char_len() + 1
        } else {
            s.matches(old).count()
        };
        let grow = occurrences.min(limit).saturating_mul(new.len() - old.len());
        check_size(s.len().saturating_add(grow))?;
    }
    Ok(Value::str(s.replacen(old, new, limit)))
}

/// The separator of `partition`/`rpartition`, which must be a non-empty str.
fn separator(vm: &Vm, call: &Call) -> PyResult<Rc<PyStr>> {
    let sep = str_arg(vm, call.req(0), |t| format!("must be str, not {t}"))?;
    if sep.as_str().is_empty() {
        return Err(value_error("empty separator"));
    }
    Ok(sep)
}

/// `partition`/`rpartition`: `(before, sep, after)` around the first (last) separator.
fn partition_method(vm: &mut Vm, a: &mut Args, name: &str, forward: bool) -> PyResult<Value> {
    let call = parse(vm, a, name, Sig::One)?;
    let sep = separator(vm, &call)?;
    let s = call.s.as_str();
    let found = if forward {
        s.find(sep.as_str())
    } else {
        s.rfind(sep.as_str())
    };
    let parts = match found {
        Some(i) => {
            let (before, after) = (
                s.get(..i).unwrap_or(""),
                s.get(i + sep.as_str().len()..).unwrap_or(""),
            );
            [Value::str(before), Value::Str(sep), Value::str(after)]
        }
        None if forward => [Value::Str(call.s.clone()), Value::str(""), Value::str("")],
        None => [Value::str(""), Value::str(""), Value::Str(call.s.clone())],
    };
    Ok(Value::tuple(parts.into()))
}

fn str_partition(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    partition_method(vm, a, "partition", true)
}

fn str_rpartition(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    partition_method(vm, a, "rpartition", false)
}

/// `removeprefix`/`removesuffix`.
fn remove_affix(vm: &mut Vm, a: &mut Args, name: &str, at_end: bool) -> PyResult<Value> {
    let call = parse(vm, a, name, Sig::One)?;
    let affix = clinic_str_arg(vm, call.req(0), name, "argument")?;
    let s = call.s.as_str();
    let rest = if at_end {
        s.strip_suffix(affix.as_str())
    } else {
        s.strip_prefix(affix.as_str())
    };
    match rest {
        Some(r) if !affix.as_str().is_empty() => Ok(Value::str(r)),
        _ => Ok(Value::Str(call.s.clone())),
    }
}

fn str_removeprefix(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    remove_affix(vm, a, "removeprefix", false)
}

fn str_removesuffix(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    remove_affix(vm, a, "removesuffix", true)
}
