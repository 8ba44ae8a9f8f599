//! `str % args`: printf-style formatting, as CPython's `PyUnicode_Format`.
//!
//! A conversion is `%[(key)][flags][width][.precision][length]type` with flags
//! `-+ #0`, `*` for a width or precision taken from the arguments, and the types
//! `d i u o x X e E f F g G c r s a %`. The arguments are a tuple, a single value, or a
//! dict (for `%(key)s`). Floats are formatted through the format-spec machinery of
//! [`super::format`], so `"%.2f" % x` and `f"{x:.2f}"` agree digit for digit.

use num_bigint::BigInt;
use num_traits::Signed;

use super::exceptions::{PyResult, type_error, value_error};
use super::format;
use super::numeric;
use super::ops::{self, type_name};
use super::value::Value;
use crate::interp::Vm;

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    // A tuple supplies the conversions left to right; any other value is the one
    // argument.
    let items: &[Value] = match args {
        Value::Tuple(t) => &t.items,
        other => std::slice::from_ref(other),
    };
    // A mapping argument serves `%(key)s`; it is never "not all converted".
    // As in CPython, anything subscriptable but a tuple or a str counts (a list
    // too: `"%(a)s" % [1]` fails in the subscript).
    let mapping = match args {
        Value::Dict(_) | Value::List(_) | Value::Range(_) => Some(args.clone()),
        Value::Instance(_)
            if super::class_ops::lookup_special(vm, args, "__getitem__").is_some() =>
        {
            Some(args.clone())
        }
        _ => None,
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut next = 0usize;
    let mut i = 0usize;
    let take = |next: &mut usize| -> PyResult<Value> {
        match items.get(*next) {
            Some(v) => {
                *next += 1;
                Ok(v.clone())
            }
            None => Err(type_error("not enough arguments for format string")),
        }
    };
    let mut used_mapping = false;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let at = |i: usize| chars.get(i).copied();
        // %(key)
        let mut keyed: Option<Value> = None;
        if at(i) == Some('(') {
            let Some(map) = &mapping else {
                return Err(type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let key_start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[key_start..i - 1].iter().collect();
            keyed = Some(ops::getitem(vm, map, &Value::str(key))?);
            used_mapping = true;
            // CPython formats the rest from the looked-up value, which this
            // conversion uses up: a later `%s` has no argument left.
            next = items.len();
        }
        let (mut left, mut plus, mut space, mut alt, mut zero) =
            (false, false, false, false, false);
        while let Some(f) = at(i) {
            match f {
                '-' => left = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alt = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        if at(i) == Some('*') {
            let w = take(&mut next)?;
            let w = match w {
                Value::Int(n) => n,
                Value::Bool(b) => b.get() as i64,
                _ => return Err(type_error("* wants int")),
            };
            if w < 0 {
                left = true;
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = None;
            while let Some(d) = at(i).and_then(|c| c.to_digit(10)) {
                w = Some(
                    w.unwrap_or(0usize)
                        .saturating_mul(10)
                        .saturating_add(d as usize),
                );
                i += 1;
            }
            width = width.or(w);
        }
        let mut precision: Option<usize> = None;
        if at(i) == Some('.') {
            i += 1;
            if at(i) == Some('*') {
                let p = take(&mut next)?;
                let p = match p {
                    Value::Int(n) => n.max(0) as usize,
                    Value::Bool(b) => b.get() as usize,
                    _ => return Err(type_error("* wants int")),
                };
                precision = Some(p);
                i += 1;
            } else {
                let mut p = 0usize;
                while let Some(d) = at(i).and_then(|c| c.to_digit(10)) {
                    p = p.saturating_mul(10).saturating_add(d as usize);
                    i += 1;
                }
                precision = Some(p);
            }
        }
        while matches!(at(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(kind) = at(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        if kind == '%' {
            out.push('%');
            continue;
        }
        let arg = match keyed.take() {
            Some(v) => v,
            None => take(&mut next)?,
        };
        if width.is_some_and(|w| w > ops::MAX_BUILD)
            || precision.is_some_and(|p| p > ops::MAX_BUILD)
        {
            return Err(ops::memory_error());
        }
        let flags = Flags {
            left,
            plus,
            space,
            alt,
            zero,
            width,
            precision,
        };
        let piece = match kind {
            's' => truncate(ops::to_str(vm, &arg)?, precision),
            'r' => truncate(ops::repr(vm, &arg)?, precision),
            'a' => truncate(ops::ascii_escape(&ops::repr(vm, &arg)?), precision),
            'c' => match &arg {
                Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                Value::Str(_) => return Err(type_error("%c requires int or char")),
                Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                    Some(c) => c.to_string(),
                    None => {
                        return Err(super::exceptions::overflow_error(
                            "%c arg not in range(0x110000)",
                        ));
                    }
                },
                _ => return Err(type_error("%c requires int or char")),
            },
            'd' | 'i' | 'u' => {
                let n = int_of(vm, &arg, kind, true)?;
                int_digits(&n, 10, false, &flags)?
            }
            'o' | 'x' | 'X' => {
                let n = int_of(vm, &arg, kind, false)?;
                let (radix, upper) = match kind {
                    'o' => (8, false),
                    'x' => (16, false),
                    _ => (16, true),
                };
                int_digits(&n, radix, upper, &flags)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = float_of(vm, &arg)?;
                let mut spec = String::new();
                if left {
                    spec.push('<');
                } else if zero {
                    spec.push('0');
                }
                if plus {
                    spec.push('+');
                } else if space {
                    spec.push(' ');
                }
                if alt {
                    spec.push('#');
                }
                if let Some(w) = width {
                    spec.push_str(&w.to_string());
                }
                spec.push('.');
                spec.push_str(&precision.unwrap_or(6).to_string());
                spec.push(kind);
                let s = format::format_float_spec(x, &spec).map_err(ops::num_err)?;
                out.push_str(&s);
                continue;
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&pad(piece, &flags, matches!(kind, 's' | 'r' | 'a' | 'c')));
    }
    if next < items.len() && !used_mapping && mapping.is_none() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Value::str(out))
}

/// The flags, width and precision of one conversion.
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

fn truncate(s: String, precision: Option<usize>) -> String {
    match precision {
        Some(p) if s.chars().count() > p => s.chars().take(p).collect(),
        _ => s,
    }
}

/// Pads a converted piece to the width. Numbers already carry their zero padding.
fn pad(piece: String, f: &Flags, _text: bool) -> String {
    let Some(w) = f.width else { return piece };
    let n = piece.chars().count();
    if n >= w {
        return piece;
    }
    let fill = " ".repeat(w - n);
    if f.left { piece + &fill } else { fill + &piece }
}

/// The int a `%d`/`%x` conversion formats.
fn int_of(vm: &mut Vm, v: &Value, kind: char, allow_float: bool) -> PyResult<BigInt> {
    match v {
        Value::Int(n) => Ok(BigInt::from(*n)),
        Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Float(x) if allow_float => {
            super::numeric::float_to_bigint(x.get().trunc()).map_err(ops::num_err)
        }
        other => Err(type_error(if allow_float {
            format!(
                "%{kind} format: a real number is required, not {}",
                type_name(vm, other)
            )
        } else {
            format!(
                "%{kind} format: an integer is required, not {}",
                type_name(vm, other)
            )
        })),
    }
}

fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(x.get()),
        Value::Int(n) => Ok(*n as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => super::numeric::bigint_to_f64(b).map_err(ops::num_err),
        other => Err(type_error(format!(
            "must be real number, not {}",
            type_name(vm, other)
        ))),
    }
}

/// Sign, prefix, precision (minimum digits) and zero padding of an integer conversion.
/// Decimal conversions keep CPython's 4300-digit limit (`ValueError`).
fn int_digits(n: &BigInt, radix: u32, upper: bool, f: &Flags) -> PyResult<String> {
    let mut digits = if radix == 10 {
        numeric::int_to_decimal(&n.abs()).map_err(ops::num_err)?
    } else {
        n.abs().to_str_radix(radix)
    };
    if upper {
        digits = digits.to_uppercase();
    }
    if let Some(p) = f.precision
        && digits.len() < p
    {
        digits = "0".repeat(p - digits.len()) + &digits;
    }
    let sign = if n.is_negative() {
        "-"
    } else if f.plus {
        "+"
    } else if f.space {
        " "
    } else {
        ""
    };
    let prefix = match (f.alt, radix, upper) {
        (true, 8, _) => "0o",
        (true, 16, false) => "0x",
        (true, 16, true) => "0X",
        _ => "",
    };
    let body_len = sign.len() + prefix.len() + digits.len();
    if f.zero
        && !f.left
        && f.precision.is_none()
        && let Some(w) = f.width
        && body_len < w
    {
        digits = "0".repeat(w - body_len) + &digits;
    }
    Ok(format!("{sign}{prefix}{digits}"))
}
