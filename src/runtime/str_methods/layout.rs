//! Trimming, padding and character mapping: `strip`, `lstrip`, `rstrip`, `ljust`,
//! `rjust`, `center`, `zfill`, `expandtabs`, `translate` and `str.maketrans`.

use std::rc::Rc;

use super::unicode::is_space;
use super::{
    Methods, Sig, c_int_arg, check_positional, check_size, clinic_str_arg, parse, ssize_arg,
};
use crate::interp::Vm;
use crate::runtime::exceptions::{ExcKind, PyResult, type_error, value_error};
use crate::runtime::ops::{self, type_name};
use crate::runtime::value::{Args, PyStr, Value};

/// The trimming, padding and mapping methods (`maketrans` is installed separately).
pub(super) const METHODS: Methods = &[
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("center", str_center),
    ("zfill", str_zfill),
    ("expandtabs", str_expandtabs),
    ("translate", str_translate),
];

/// The receiver itself when `out` is all of it, else a new string.
fn same_or_new(s: &Rc<PyStr>, out: &str) -> Value {
    if out.len() == s.as_str().len() {
        Value::Str(s.clone())
    } else {
        Value::str(out)
    }
}

// ----- strip ---------------------------------------------------------------------------------

/// Trims the characters matching `f` from the chosen ends of `s`.
fn trim(s: &str, left: bool, right: bool, f: impl Fn(char) -> bool) -> &str {
    let s = if left { s.trim_start_matches(&f) } else { s };
    if right { s.trim_end_matches(&f) } else { s }
}

/// `strip`/`lstrip`/`rstrip(chars=None)`: whitespace, or any of `chars`.
fn strip_method(vm: &mut Vm, a: &mut Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let call = parse(vm, a, name, Sig::Positional(0, 1))?;
    let s = call.s.as_str();
    let out = match call.arg(0) {
        None | Some(Value::None) => trim(s, left, right, is_space),
        Some(Value::Str(chars)) => trim(s, left, right, |c| chars.as_str().contains(c)),
        Some(_) => return Err(type_error(format!("{name} arg must be None or str"))),
    };
    Ok(same_or_new(&call.s, out))
}

fn str_strip(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    strip_method(vm, a, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    strip_method(vm, a, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    strip_method(vm, a, "rstrip", false, true)
}

// ----- padding -------------------------------------------------------------------------------

/// The fill character argument of `ljust`, `rjust` and `center`.
fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Value::Str(s) = v else {
        let t = type_name(vm, v);
        return Err(type_error(format!(
            "The fill character must be a unicode character, not {t}"
        )));
    };
    let mut chars = s.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

/// `s` padded with `fill` to `width` code points, `left` of the `margin` characters of
/// padding going before it.
fn pad(s: &Rc<PyStr>, width: i64, fill: char, left: fn(usize, i64) -> usize) -> PyResult<Value> {
    let len = s.char_len();
    let Ok(width_u) = usize::try_from(width) else {
        return Ok(Value::Str(s.clone()));
    };
    if width_u <= len {
        return Ok(Value::Str(s.clone()));
    }
    let margin = width_u - len;
    check_size(
        s.as_str()
            .len()
            .saturating_add(margin.saturating_mul(fill.len_utf8())),
    )?;
    let before = left(margin, width).min(margin);
    let mut out = String::with_capacity(s.as_str().len() + margin * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, before));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, margin - before));
    Ok(Value::str(out))
}

/// `ljust`/`rjust`/`center(width, fillchar=' ')`.
fn pad_method(
    vm: &mut Vm,
    a: &mut Args,
    name: &str,
    left: fn(usize, i64) -> usize,
) -> PyResult<Value> {
    let call = parse(vm, a, name, Sig::Positional(1, 2))?;
    let width = ssize_arg(vm, call.req(0))?;
    let fill = fill_char(vm, call.arg(1))?;
    pad(&call.s, width, fill, left)
}

fn str_ljust(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    pad_method(vm, a, "ljust", |_, _| 0)
}

fn str_rjust(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    pad_method(vm, a, "rjust", |margin, _| margin)
}

fn str_center(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    // CPython's rounding: an odd margin puts the extra character on the left only when
    // the width is odd too.
    pad_method(vm, a, "center", |margin, width| {
        margin / 2 + (margin & width as usize & 1)
    })
}

fn str_zfill(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let call = parse(vm, a, "zfill", Sig::One)?;
    let width = ssize_arg(vm, call.req(0))?;
    let padded = pad(&call.s, width, '0', |margin, _| margin)?;
    let Value::Str(p) = &padded else {
        return Ok(padded);
    };
    // A sign moves in front of the zeros.
    let s = call.s.as_str();
    match s.chars().next() {
        Some(sign @ ('+' | '-')) if p.as_str().len() > s.len() => {
            let zeros = p.as_str().len() - s.len();
            let mut out = String::with_capacity(p.as_str().len());
            out.push(sign);
            out.extend(std::iter::repeat_n('0', zeros));
            out.push_str(s.get(1..).unwrap_or(""));
            Ok(Value::str(out))
        }
        _ => Ok(padded),
    }
}

fn str_expandtabs(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let call = parse(vm, a, "expandtabs", Sig::Keywords(&["tabsize"]))?;
    let tabsize = match call.arg(0) {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let s = call.s.as_str();
    if !s.contains('\t') {
        return Ok(Value::Str(call.s.clone()));
    }
    let mut out = String::with_capacity(s.len());
    let mut column = 0usize;
    for c in s.chars() {
        match c {
            '\t' if tabsize > 0 => {
                let n = tabsize as usize - column % tabsize as usize;
                check_size(out.len().saturating_add(n))?;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::str(out))
}

// ----- translate / maketrans --------------------------------------------------------------

/// What `table[ord(c)]` says to do with character `c` in `translate`.
fn translate_char(vm: &mut Vm, table: &Value, c: char, out: &mut String) -> PyResult<()> {
    let mapped = match ops::getitem(vm, table, &Value::Int(c as i64)) {
        Ok(v) => v,
        Err(e) if e.matches(ExcKind::LookupError) => {
            out.push(c);
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    match mapped {
        Value::None => {}
        Value::Str(s) => out.push_str(s.as_str()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let code = mapped
                .as_i64()
                .and_then(|i| u32::try_from(i).ok())
                .and_then(char::from_u32);
            let Some(m) = code.or_else(|| surrogate(&mapped)) else {
                return Err(value_error("character mapping must be in range(0x110000)"));
            };
            out.push(m);
        }
        _ => {
            return Err(type_error(
                "character mapping must return integer, None or str",
            ));
        }
    }
    Ok(())
}

/// Surrogate code points cannot be held in a Rust string; they map to U+FFFD.
fn surrogate(v: &Value) -> Option<char> {
    v.as_i64()
        .filter(|i| (0xD800..0xE000).contains(i))
        .map(|_| char::REPLACEMENT_CHARACTER)
}

fn str_translate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let call = parse(vm, a, "translate", Sig::One)?;
    let s = call.s.as_str();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        translate_char(vm, call.req(0), c, &mut out)?;
        check_size(out.len())?;
    }
    Ok(Value::str(out))
}

/// `str.maketrans(x[, y[, z]])`, a static method (no receiver).
pub(super) fn str_maketrans(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(type_error("str.maketrans() takes no keyword arguments"));
    }
    check_positional("maketrans", a.pos.len(), 1, 3)?;
    let arg_str = |i: usize| -> PyResult<Option<Rc<PyStr>>> {
        a.pos
            .get(i)
            .map(|v| clinic_str_arg(vm, v, "maketrans", &format!("argument {}", i + 1)))
            .transpose()
    };
    let (y, z) = (arg_str(1)?, arg_str(2)?);
    let x = a.pos.first().cloned().unwrap_or_default();
    match y {
        Some(y) => table_from_strings(vm, &x, &y, z.as_deref()),
        None => table_from_dict(vm, &x),
    }
}

/// `maketrans(x, y[, z])`: `x[i]` maps to `y[i]`, characters of `z` to `None`.
fn table_from_strings(vm: &mut Vm, x: &Value, y: &PyStr, z: Option<&PyStr>) -> PyResult<Value> {
    let Value::Str(x) = x else {
        return Err(type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.char_len() != y.char_len() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let code = |c: char| Value::Int(c as i64);
    let mut pairs = Vec::new();
    for (from, to) in x.as_str().chars().zip(y.as_str().chars()) {
        pairs.extend([code(from), code(to)]);
    }
    for c in z.map_or("", |z| z.as_str()).chars() {
        pairs.extend([code(c), Value::None]);
    }
    ops::new_dict_from_pairs(vm, pairs)
}

/// `maketrans(dict)`: keys that are one-character strings become code points.
fn table_from_dict(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let Value::Dict(d) = x else {
        return Err(type_error(
            "if you give only one argument to maketrans it must be a dict",
        ));
    };
    let entries: Vec<(Value, Value)> = d
        .table
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    let mut pairs = Vec::with_capacity(entries.len() * 2);
    for (k, v) in entries {
        let key = match &k {
            Value::Str(s) => {
                let mut chars = s.as_str().chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => {
                        return Err(value_error(
                            "string keys in translate table must be of length 1",
                        ));
                    }
                }
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k,
            _ => {
                return Err(type_error(
                    "keys in translate table must be strings or integers",
                ));
            }
        };
        pairs.extend([key, v]);
    }
    ops::new_dict_from_pairs(vm, pairs)
}
